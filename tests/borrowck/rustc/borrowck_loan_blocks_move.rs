// After rust-lang/rust tests/ui/borrowck/borrowck-loan-blocks-move.rs:
// moving a Box while a borrow of it is still used.
fn take(_v: Box<i32>) {}
fn main() {
    let v = Box::new(3);
    let w = &v;
    take(v);
    println!("{}", **w);
}
