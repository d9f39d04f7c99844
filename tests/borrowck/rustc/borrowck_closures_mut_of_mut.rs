// After rust-lang/rust tests/ui/borrowck/borrowck-closures-mut-of-mut.rs:
// two closures that reborrow a captured `*mut` x mutably both need `*x`
// uniquely.
fn get(x: &i32) -> i32 { *x }
fn set(x: &mut i32) { *x = 4; }

fn a(x: &mut i32) {
    let mut c1 = || set(&mut *x);
    let mut c2 = || set(&mut *x);
    c2();
    c1();
}

fn main() {
    let n = 1;
    println!("{}", get(&n));
}
