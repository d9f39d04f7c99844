// After rust-lang/rust tests/ui/nll/issue-45696-long-live-borrows-in-boxes.rs:
// a pointer kept inside a Box parameter gives the result its lifetime
// (Rust's elision takes the one inside `Box<&mut u32>`), so returning a
// reborrow of it, the pointer itself or a `*mut` field is fine.
struct Pair<'a> {
    a: &'a mut i64,
    b: &'a mut i64,
}

fn reborrow(x: Box<&mut i64>) -> &mut i64 { &mut **x }
fn move_out(x: Box<&mut i64>) -> &mut i64 { *x }
fn field(x: Box<Pair<'_>>) -> &mut i64 { let _ = &x.a; x.b }
fn first(x: Vec<&i64>) -> &i64 { x[0] }

fn main() {
    let mut n = 1;
    let mut m = 2;
    let p = reborrow(Box::new(&mut n));
    *p += 10;
    let q = move_out(Box::new(&mut n));
    *q += 100;
    let r = field(Box::new(Pair { a: &mut n, b: &mut m }));
    *r += 1000;
    println!("{} {} {}", n, m, *first(vec![&m]));
}
