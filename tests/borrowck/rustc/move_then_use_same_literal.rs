// a value moved into a struct literal field and used by a later field (E0382).
struct T {
    v: Vec<i32>,
    n: usize,
}

struct A {
    h: [Vec<i32>; 2],
    n: usize,
}

fn a() -> T {
    let v = vec![1];
    return T { v: v, n: v.len() };
}

fn c() -> A {
    let h = [vec![], vec![]];
    return A { h: h, n: h[0].len() };
}

fn main() {}
