// After rust-lang/rust tests/ui/borrowck/borrowck-closures-use-after-free.rs:
// a closure that overwrites ptr may not be called with a borrow of *ptr.
struct Foo {
    x: i32,
}

fn main() {
    let mut ptr = Box::new(Foo { x: 0 });
    let mut test = |_foo: &Foo| {
        ptr = Box::new(Foo { x: ptr.x + 1 });
    };
    test(&*ptr);
}
