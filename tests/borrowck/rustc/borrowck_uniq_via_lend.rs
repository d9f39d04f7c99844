// After rust-lang/rust tests/ui/borrowck/borrowck-uniq-via-lend.rs: while
// a Box is mutably borrowed, borrowing its contents is an error; once the
// borrow is replaced by another, it is not.
fn borrow(_v: &i32) {}

fn aliased_imm() {
    let v = Box::new(3);
    let w = &v;
    borrow(&*v);
    let _ = w;
}

fn aliased_mut() {
    let mut v = Box::new(3);
    let w = &mut v;
    borrow(&*v);
    **w += 1;
}

fn aliased_other_reassign() {
    let mut v = Box::new(3);
    let mut w = Box::new(4);
    let mut x = &mut w;
    x = &mut v;
    borrow(&*v);
    **x += 1;
}

fn main() {
    aliased_imm();
    aliased_mut();
    aliased_other_reassign();
}
