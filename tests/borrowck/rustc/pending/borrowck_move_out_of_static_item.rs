// After rust-lang/rust tests/ui/borrowck/borrowck-move-out-of-static-item.rs
// (a slice field so that Foo moves): passing a global by value moves out
// of it: E0507.
struct Foo {
    foo: i32,
    v: Vec<i32>,
}

static BAR: Foo = Foo { foo: 5, v: Vec::new() };

fn test(f: Foo) {
    println!("{}", f.foo);
}

fn main() {
    test(BAR);
}
