// After rust-lang/rust tests/ui/borrowck/borrowck-lend-flow-loop.rs: a
// mutable borrow used after a loop is live through the whole loop, and
// one that may be reassigned inside it is live at its top.
fn borrow(_v: &i32) {}
fn borrow_mut(_v: &mut i32) {}

fn block_overarching_alias_mut() {
    let mut v = Box::new(3);
    let x = &mut v;
    for _i in 0..3 {
        borrow(&*v);
    }
    *x = Box::new(5);
}

fn loop_aliased_mut_break() {
    let mut v = Box::new(3);
    let w = Box::new(4);
    let mut x = &w;
    loop {
        borrow_mut(&mut *v);
        x = &v;
        break;
    }
    borrow_mut(&mut *v);
}

fn while_aliased_mut_cond(cond: bool, cond2: bool) {
    let mut v = Box::new(3);
    let mut w = Box::new(4);
    let mut x = &mut w;
    while cond {
        **x += 1;
        borrow(&*v);
        if cond2 {
            x = &mut v;
        }
    }
}

fn main() {
    block_overarching_alias_mut();
    loop_aliased_mut_break();
    while_aliased_mut_cond(false, false);
}
