// After rust-lang/rust tests/ui/borrowck/two-phase-control-flow-split-before-activation.rs:
// a `*mut` chosen on two branches, then used (accepted, run).
fn maybe() -> bool { return false; }
fn use_(p: &mut i32) { *p = 5; }

fn main() {
    let mut a = 0;
    let mut b = 0;
    let p: &mut i32;
    if maybe() {
        p = &mut a;
    } else {
        p = &mut b;
    }
    use_(p);
    println!("{} {}", a, b);
}
