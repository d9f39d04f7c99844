// Inside a closure, a nested closure writing through a captured *mut
// borrows it mutably, not uniquely: rustc says E0499/E0502 where outside
// a closure it says E0524/E0500/E0501.
fn get(_x: &i32) {}
fn a(x: &mut i32) {
    let mut o = || {
        let mut c1 = || *x = 1;
        let mut c2 = || *x = 2;
        c1();
        c2();
    };
    o();
}
fn b(x: &mut i32) {
    let mut o = || {
        let c1 = || get(x);
        let mut c2 = || *x = 2;
        c1();
        c2();
    };
    o();
}
fn c(x: &mut i32) {
    let mut o = || {
        let mut c1 = || *x = 2;
        let r = &*x;
        c1();
        get(r);
    };
    o();
}
fn d() {
    let mut y = 0;
    let x = &mut y;
    let mut o = || {
        let mut c1 = || *x = 2;
        let r = &*x;
        c1();
        get(r);
    };
    o();
}
fn main() {}
