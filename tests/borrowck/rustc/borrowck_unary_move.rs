// After rust-lang/rust tests/ui/borrowck/borrowck-unary-move.rs: a Box
// may not be moved away while its contents are borrowed.
fn free(_x: Box<i32>) {}

fn foo(x: Box<i32>) -> i32 {
    let y = &*x;
    free(x);
    *y
}

fn bar(x: Box<i32>) -> i32 {
    let y = &*x;
    let r = *y;
    free(x);
    r
}

fn main() {
    println!("{} {}", foo(Box::new(1)), bar(Box::new(2)));
}
