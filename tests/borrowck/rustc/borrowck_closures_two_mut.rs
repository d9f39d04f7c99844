// After rust-lang/rust tests/ui/borrowck/borrowck-closures-two-mut.rs (a,
// b, c, g; d's nested closure is left out): two closures that both write
// x, or borrow it mutably, cannot live at the same time.
struct Foo {
    f: Box<i32>,
}

fn set(x: &mut i32) { *x = 4; }

fn a() {
    let mut x = 3;
    let mut c1 = || x = 4;
    let mut c2 = || x = 5;
    c1();
    c2();
}

fn b() {
    let mut x = 3;
    let mut c1 = || set(&mut x);
    let mut c2 = || set(&mut x);
    c1();
    c2();
}

fn c() {
    let mut x = 3;
    let mut c1 = || x = 5;
    let mut c2 = || set(&mut x);
    c1();
    c2();
}

fn g() {
    let mut x = Box::new(Foo { f: Box::new(3) });
    let mut c1 = || set(&mut *x.f);
    let mut c2 = || set(&mut *x.f);
    c1();
    c2();
}

fn main() {}
