// While a closure holds `*x` uniquely (it writes through the captured
// `x *mut int`, or passes it on), borrowing `*x` mutably is E0501 "as
// mutable", like rustc; the borrowed place is `*x` in every message.
struct C {
    n: i32,
}
impl C { fn inc(&mut self) { self.n += 1; } }
fn set(x: &mut i32) { *x = 5; }
fn reborrow(x: &mut i32) {
    let mut c1 = || { set(x); };
    let r = &mut *x;
    *r = 1;
    c1();
}
fn pass_on(x: &mut i32) {
    let mut c1 = || { *x = 2; };
    set(x);
    c1();
}
fn method(c: &mut C) {
    let mut f = || { c.inc(); };
    c.inc();
    f();
}
fn write(x: &mut i32) {
    let mut c1 = || { *x = 2; };
    *x = 3;
    c1();
}
fn read(x: &mut i32) {
    let mut c1 = || { *x = 2; };
    let y = *x;
    c1();
    println!("{}", y);
}
fn fine(x: &mut i32) {
    let mut c1 = || { set(x); };
    c1();
    let r = &mut *x;
    *r = 1;
    set(x);
}
fn main() {}
