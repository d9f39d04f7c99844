// After rust-lang/rust tests/ui/nll/issue-52669.rs: assigning a field and
// then moving the whole struct leaves the field moved too.
struct B {
    s: String,
}

struct A {
    b: B,
}

fn foo(a: A) {}

fn bar(mut a: A) -> B {
    a.b = B { s: String::new() };
    foo(a);
    return a.b;
}

fn main() {}
