// After rust-lang/rust tests/ui/nll/issue-50461-used-mut-from-moves.rs
// (a slice field so that Foo moves): `foo = foo` of a parameter
// (accepted, run).
struct Foo {
    value: i32,
    tags: Vec<i32>,
}

fn use_foo_mut(mut foo: Foo) {
    foo = foo;
    println!("{}", foo.value);
}

fn main() {
    use_foo_mut(Foo { value: 413, tags: vec![] });
}
