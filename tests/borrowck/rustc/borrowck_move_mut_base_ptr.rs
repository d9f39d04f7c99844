// After rust-lang/rust tests/ui/borrowck/borrowck-move-mut-base-ptr.rs:
// a *mut pointer may not be moved while what it points to is borrowed.
fn use_(_p: &i32) {}

fn foo(t0: &mut i32) {
    let p = &*t0;
    let t1 = t0;
    *t1 = 22;
    use_(p);
}

fn main() {
    let mut x = 1;
    foo(&mut x);
}
