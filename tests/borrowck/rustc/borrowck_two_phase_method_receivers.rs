// After rust-lang/rust tests/ui/borrowck/two-phase-method-receivers.rs:
// `a.method(a.x)` with `a` a `*mut Foo` and x a `*int` field: the
// receiver's reborrow is two-phase, reading `a.x` meanwhile is fine
// (accepted, run).
struct Foo<'a> {
    x: &'a i32
}

impl<'a> Foo<'a> { fn method(&mut self, p: &i32) { println!("{}", *p); } }

fn main() {
    let n = 22;
    let a = &mut Foo { x: &n };
    a.method(a.x);
}
