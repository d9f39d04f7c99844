// After rust-lang/rust tests/ui/borrowck/borrowck-closures-unique.rs: a
// closure that writes through a captured `*mut` x (passes it on as
// `*mut`) needs `*x` uniquely; closures that only read x may share it.
fn get(x: &i32) -> i32 { *x }
fn set(x: &mut i32) -> i32 { *x }

fn a(x: &mut i32) {
    let c1 = || get(x);
    let c2 = || get(x);
    c1();
    c2();
}

fn b(x: &mut i32) {
    let mut c1 = || get(x);
    let c2 = || set(x);
    c1();
    let _ = c2;
}

fn c(x: &mut i32) {
    let mut c1 = || get(x);
    let c2 = || { get(x); set(x) };
    c1();
    let _ = c2;
}

fn d(x: &mut i32) {
    let mut c1 = || set(x);
    let c2 = || set(x);
    c1();
    let _ = c2;
}

fn main() {}
