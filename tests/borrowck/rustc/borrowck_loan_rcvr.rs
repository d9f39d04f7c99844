// After rust-lang/rust tests/ui/borrowck/borrowck-loan-rcvr.rs: a method
// call borrows its receiver; a closure argument that writes the receiver
// conflicts with it, and so does a live mutable borrow of it.
struct Point {
    x: i32,
    y: i32,
}
impl Point {
fn impurem(&self) {}
fn blockm<F: FnOnce()>(&self, f: F) { f() } }

fn a() {
    let mut p = Point { x: 3, y: 4 };
    p.blockm(|| { p.x = 10; });
}

fn b() {
    let mut p = Point { x: 3, y: 4 };
    let l = &mut p;
    p.impurem();
    l.x += 1;
}

fn main() {
    a();
    b();
}
