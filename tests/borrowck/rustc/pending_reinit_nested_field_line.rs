// Pending (session 13, differs from rustc 1.95): E0382 at the first assignment to a field of a moved field (line).
struct S {
    x: i32,
    y: Box<i32>,
}

struct R {
    f: S,
}

fn drop_r(_r: R) {}
fn borrow_s(_s: &S) {}

fn f() {
    let mut q = R { f: S { x: 0, y: Box::new(0) } };
    drop_r(q);
    q.f.x = 10;
    q.f.y = Box::new(20);
    borrow_s(&q.f);
}

fn main() {}
