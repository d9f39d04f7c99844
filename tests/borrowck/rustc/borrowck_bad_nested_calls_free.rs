// After rust-lang/rust tests/ui/borrowck/borrowck-bad-nested-calls-free.rs:
// the first argument borrows *a, the second borrows a mutably while it is
// still needed.
fn rewrite(v: &mut Box<i32>) -> i32 {
    *v = Box::new(22);
    **v
}

fn add(v: &i32, w: i32) -> i32 {
    *v + w
}

fn implicit() {
    let mut a = Box::new(1);
    add(&*a, rewrite(&mut a));
}

fn explicit() {
    let mut a = Box::new(1);
    add(&*a, rewrite(&mut a));
}

fn main() {
    implicit();
    explicit();
}
