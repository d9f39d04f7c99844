// After rust-lang/rust tests/ui/borrowck/two-phase-multi-mut.rs and
// two-phase-cannot-nest-mut-self-calls.rs: a `*mut` receiver's borrow is
// two-phase (reserved, activated at the call), but an argument that
// borrows the receiver mutably conflicts with it anyway.
struct Foo {
    n: i32,
}
impl Foo {
    fn method(&mut self, _o: &mut Foo) {}
    fn get(&self, i: i32) -> i32 { self.n + i }
    fn r(&self) -> &i32 { &self.n }
    fn keep(&mut self, _p: &i32) {}
    fn push(&mut self, i: i32) -> i32 {
        self.n = i;
        0
    }
}
fn multi_mut() {
    let mut foo = Foo { n: 0 };
    foo.method(&mut foo);
}

fn cannot_nest() {
    let mut foo = Foo { n: 0 };
    println!("{}", foo.get(foo.push(2)));
}

fn shared_arg_fine() {
    let mut foo = Foo { n: 0 };
    foo.push(foo.get(1));
}

fn shared_arg_kept() {
    let mut foo = Foo { n: 0 };
    foo.keep(foo.r());
}

fn main() {}
