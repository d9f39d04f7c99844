// After rust-lang/rust tests/ui/borrowck/borrowck-bad-nested-calls-move.rs:
// the first argument borrows *a, the second moves the Box a away while the
// borrow is still needed.
fn add(v: &i32, w: Box<i32>) -> i32 {
    *v + *w
}

fn implicit() {
    let a = Box::new(1);
    add(
        &*a,
        a);
}

fn explicit() {
    let a = Box::new(1);
    add(
        &*a,
        a);
}

fn main() {}
