// After rust-lang/rust tests/ui/borrowck/borrowck-move-out-of-static-item.rs
// (a slice field so that Foo moves): passing a global by value moves out
// of it: E0507; so does moving one of its fields (`x := bar.v`).
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

fn take(v: Vec<i32>) -> i32 { v.len() as i32 }

fn fields() -> i32 {
    let x = BAR.v;
    take(BAR.v) + x.len() as i32
}
