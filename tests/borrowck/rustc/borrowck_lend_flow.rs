// After rust-lang/rust tests/ui/borrowck/borrowck-lend-flow.rs and
// borrowck-lend-flow-if.rs: `&mut *v` of a Box while `&v` is live, also
// when the shared borrow is taken on one branch only: E0502; on separate
// branches, or after the mutable borrow ended, fine.
fn borrow_mut(_p: &mut i32) {}
fn use_ref(_p: &Box<i32>) {}
fn cond() -> bool { return true; }

fn pre_freeze() {
    let mut v = Box::new(3);
    let w = &v;
    borrow_mut(&mut *v);
    use_ref(w);
}

fn post_freeze() {
    let mut v = Box::new(3);
    borrow_mut(&mut *v);
    let w = &v;
    use_ref(w);
}

fn pre_freeze_cond() {
    let u = Box::new(0);
    let mut v = Box::new(3);
    let mut w = &u;
    if cond() {
        w = &v;
    }
    borrow_mut(&mut *v);
    use_ref(w);
}

fn pre_freeze_else() {
    let u = Box::new(0);
    let mut v = Box::new(3);
    let mut w = &u;
    if cond() {
        w = &v;
    } else {
        borrow_mut(&mut *v);
    }
    use_ref(w);
}

fn main() {}
