// A closure writing through a captured `*mut` w: a local w is the twin's
// `let mut w`, so the closure holds `&mut *w` (`&*w` meanwhile E0502,
// clos seed 345); a parameter never assigned is immutable, and the
// closure holds a unique borrow of it (E0501); a parameter assigned in
// the body is the twin's `mut p` (E0502).
fn local() {
    let mut x = 2;
    let mut w = &mut x;
    let mut f = || { *w = 3; };
    let r = &*w;
    f();
    println!("{}", *r);
}
fn param(w: &mut i32) {
    let mut f = || { *w = 3; };
    let r = &*w;
    f();
    println!("{}", *r);
}
fn assigned<'a>(mut w: &'a mut i32, y: &'a mut i32) {
    w = y;
    let mut f = || { *w = 3; };
    let r = &*w;
    f();
    println!("{}", *r);
}
fn main() {
    local();
    let mut a = 1;
    let mut b = 2;
    param(&mut a);
    assigned(&mut a, &mut b);
}
