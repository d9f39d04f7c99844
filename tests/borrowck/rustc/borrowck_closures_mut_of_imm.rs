// After rust-lang/rust tests/ui/borrowck/borrowck-closures-mut-of-imm.rs: a
// closure cannot borrow mutably what a *T parameter points to.
fn set(x: &mut i32) { *x = 5; }

fn a(x: &i32) {
    let mut c1 = || { set(&mut *x); };
    c1();
}

fn main() {}
