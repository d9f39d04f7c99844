// After rust-lang/rust tests/ui/nll/polonius/polonius-smoke-test.rs: using
// a mutably borrowed local (E0503), moving a pointer out while it is
// reborrowed (E0505); a reborrow returned on one path is held on the other
// (E0506 under NLL, accepted by Polonius).
fn use_(_p: &mut i32) {}

fn use_while_mut() {
    let mut x = 0;
    let y = &mut x;
    let z = x;
    use_(y);
    let _ = z;
}

fn use_while_mut_fr(x: &mut i32) -> &mut i32 {
    let y = &mut *x;
    let z = x;
    use_(z);
    y
}

fn position_dependent_outlives(x: &mut i32, cond: bool) -> &mut i32 {
    let y = &mut *x;
    if cond {
        return y;
    } else {
        *x = 0;
        return x;
    }
}

fn main() {}
