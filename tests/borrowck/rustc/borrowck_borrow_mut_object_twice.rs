// After rust-lang/rust tests/ui/borrowck/borrowck-borrow-mut-object-twice.rs
// (a struct for the trait object): a pointer returned by a `*mut` method
// keeps the receiver mutably borrowed.
struct Foo {
    n: i32,
}

impl Foo { fn f1(&mut self) -> &i32 { &self.n }
fn f2(&mut self) { self.n += 1; } }

fn use_ref(p: &i32) {}

fn test(x: &mut Foo) {
    let y = x.f1();
    x.f2();
    use_ref(y);
}

fn main() {}
