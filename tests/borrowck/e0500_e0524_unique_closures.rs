// A closure that writes through a captured *mut x, or passes x on, needs
// `*x` uniquely (rustc's unique borrow): a second such closure is E0524,
// one made while x is borrowed by another closure E0500, a closure
// reading *x made while the first is live E0501.
fn set(x: &mut i32) { *x = 5; }

fn two_unique(x: &mut i32) {
    let mut c1 = || { set(x); };
    let mut c2 = || { set(x); };
    c2();
    c1();
}

fn unique_while_borrowed(x: &mut i32) {
    let c1 = || *x;
    let mut c2 = || { *x = 1; };
    c1();
    c2();
}

fn borrow_while_unique(x: &mut i32) {
    let mut c1 = || { set(x); };
    let c2 = || *x;
    c1();
    c2();
}

fn fine(x: &mut i32) {
    let mut c1 = || { set(x); };
    c1();
    let mut c2 = || { set(x); };
    c2();
}

fn main() {}
