// Probe (session 16, rhunt4, --gen meth seed 512; was a false accept):
// moving a field out of an element of a slice held in a Box is moving out
// of Vec's Index: E0507. moves.c's check_moves_from_borrows scans on
// through the Box's dereference (`(*bw).ps[0].a`), as for a local W.
struct P {
    a: String,
    n: i32,
}
struct W {
    ps: Vec<P>,
}
fn main() {
    let bw = Box::new(W { ps: vec![P { a: String::from("a"), n: 1 }] });
    let t = bw.ps[0].a;
    let w = W { ps: vec![P { a: String::from("b"), n: 2 }] };
    let u = w.ps[0].a;
    println!("{} {} {} {}", t, u, bw.ps[0].n, w.ps[0].n);
}
