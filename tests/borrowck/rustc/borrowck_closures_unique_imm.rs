// After rust-lang/rust tests/ui/borrowck/borrowck-closures-unique-imm.rs:
// inside a closure over `this`, a `*mut Foo`, `&mut this.x` while `&this.x`
// is used later is E0502: the body's own borrows of what the closure
// captures conflict as a function's borrows of its locals do.
struct Foo {
    x: i32,
}

fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}

fn main() {
    let this = &mut Foo {
        x: 1,
    };
    let mut r = || {
        let p = &this.x;
        let q = &mut this.x;
        use_mut(q);
        use_ref(p);
    };
    r();
}
