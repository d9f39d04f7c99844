// After rust-lang/rust tests/ui/borrowck/borrowck-closures-two-mut-fail.rs:
// two closures may not both have mutable access to x, whether they write
// it or borrow it mutably.
fn set(x: &mut i32) { *x = 4; }

fn a() {
    let mut x = 3;
    let mut c1 = || { x = 4; };
    let mut c2 = || { x = 5; };
    c1();
    c2();
}

fn b() {
    let mut x = 3;
    let mut c1 = || { set(&mut x); };
    let mut c2 = || { set(&mut x); };
    c1();
    c2();
}

fn c() {
    let mut x = 3;
    let mut c1 = || { x = 5; };
    let mut c2 = || { set(&mut x); };
    c1();
    c2();
}

fn main() {
    a();
    b();
    c();
}
