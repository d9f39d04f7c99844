// After rust-lang/rust tests/ui/borrowck/issue-17263.rs (two statements
// for the tuples): two fields of a Box borrowed at once, mutably and
// mutably or shared (accepted, run).
struct Foo {
    a: i32,
    b: i32,
}

fn main() {
    let mut x = Box::new(Foo { a: 1, b: 2 });
    let a = &mut x.a;
    let b = &mut x.b;
    *a += *b;
    let mut foo = Box::new(Foo { a: 1, b: 2 });
    let c = &mut foo.a;
    let d = &foo.b;
    *c += *d;
    println!("{} {}", x.a, foo.a);
}
