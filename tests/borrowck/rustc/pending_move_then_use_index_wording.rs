// Pending (session 13, wording differs from rustc 1.95): reading `v[0]` of a moved slice is "use of moved value" in ml0c, rustc "borrow of" (Vec's Index borrows).
struct T {
    v: Vec<i32>,
    n: usize,
}

fn b() -> T {
    let v = vec![1];
    let t = T { v: v, n: v[0] as usize };
    return t;
}

fn main() {}
