// After rust-lang/rust tests/ui/borrowck/borrowck-borrow-of-mut-base-ptr-safe.rs:
// freezing a `*mut` while its referent is frozen is legal: `&*t0`,
// `&**t2` with `t2 := &t0`, and `&*t0` again (accepted, run).
fn foo(t0: &mut i32, t1: &mut i32) {
    let p = &*t0;
    let t2 = &t0;
    let q = &**t2;
    let r = &*t0;
    println!("{} {} {} {}", *p, *q, *r, *t1);
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    foo(&mut a, &mut b);
}
