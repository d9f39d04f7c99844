// After rust-lang/rust tests/ui/borrowck/borrowck-mut-borrow-of-mut-base-ptr.rs
// and borrowck-swap-mut-base-ptr.rs: borrowing a `*mut` pointer mutably
// while what it points to is borrowed is an error (the new borrow could
// write *t0, or swap t0 away).
fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}
fn swap<'a>(a: &mut &'a mut i32, b: &mut &'a mut i32) {
    println!("{} {}", **a, **b);


}

fn foo<'a>(mut t0: &'a mut i32, _t1: &'a mut i32) {
    let p: &i32 = &*t0;
    let t2 = &mut t0;
    **t2 += 1;
    use_ref(p);
}

fn bar<'a>(mut t0: &'a mut i32, _t1: &'a mut i32) {
    let p: &mut i32 = &mut *t0;
    let t2 = &mut t0;
    **t2 += 1;
    use_mut(p);
}

fn swapped<'a>(mut t0: &'a mut i32, mut t1: &'a mut i32) {
    let p: &i32 = &*t0;
    swap(&mut t0, &mut t1);
    *t1 = 22;
    use_ref(p);
}

fn main() {}
