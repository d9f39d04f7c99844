// After rust-lang/rust tests/ui/nll/issue-48070.rs (an if chain for the
// match): a `*mut Foo` taken from `&mut foo` or from one of two `*mut`
// methods, then used (accepted, run).
struct Foo {
    x: i32,
}

impl Foo { fn twiddle(&mut self) -> &mut Foo { self } }
impl Foo { fn twaddle(&mut self) -> &mut Foo { self } }
impl Foo { fn emit(&mut self) { self.x += 1; } }

fn main() {
    let mut foo = Foo { x: 0 };
    let k = 22;
    let r: &mut Foo;
    if k == 22 {
        r = &mut foo;
    } else if k == 44 {
        r = foo.twiddle();
    } else {
        r = foo.twaddle();
    }
    r.emit();
    println!("{}", foo.x);
}
