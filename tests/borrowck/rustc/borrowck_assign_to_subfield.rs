// After rust-lang/rust tests/ui/borrowck/borrowck-assign-to-subfield.rs:
// a field and a field of a field of a local struct are assigned
// (accepted, run).
struct B {
    a: i32,
}

struct A {
    a: i32,
    w: B,
}

fn main() {
    let mut p = A { a: 1, w: B { a: 1 } };
    p.a = 2;
    p.w.a = 2;
    println!("{} {}", p.a, p.w.a);
}
