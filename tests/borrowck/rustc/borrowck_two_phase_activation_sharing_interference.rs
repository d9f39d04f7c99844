// After rust-lang/rust tests/ui/borrowck/two-phase-activation-sharing-interference.rs
// (nll_target): an explicit `&mut x` is active at once, so `&x` while it
// is live is E0502, whether the shared borrow ends before its use or not.
fn read(_p: &i32) {}

fn ok() {
    let mut x = 3;
    let y = &mut x;
    { let z = &x; read(z); }
    *y += 1;
}

fn not_ok() {
    let mut x = 3;
    let y = &mut x;
    let z = &x;
    *y += 1;
    read(z);
}

fn should_be_ok_with_nll() {
    let mut x = 3;
    let y = &mut x;
    let z = &x;
    read(z);
    *y += 1;
}

fn should_also_eventually_be_ok_with_nll() {
    let mut x = 3;
    let y = &mut x;
    let _ = &x;
    *y += 1;
}

fn main() {}
