// After rust-lang/rust tests/ui/borrowck/borrowck-closures-two-mut-fail.rs
// (fn d): a closure whose body makes a closure passing `&mut x` on
// borrows x mutably itself, while another closure writing x is live:
// E0499.
fn set(x: &mut i32) { *x = 4; }

fn d() {
    let mut x = 3;
    let mut c1 = || { x = 5; };
    let mut c2 = || { let mut y = || { set(&mut x) }; y() };
    c1();
    c2();
}

fn main() {}
