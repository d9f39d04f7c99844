// Probe (session 17, rloans, --gen meth seed 936): a slice is a Vec, and
// `&mut v[0].n` is `&mut IndexMut::index_mut(&mut v, 0).n`: the loan is
// of all of v, so `&v[0].a` (Index's `&v`) is E0502 although the fields
// differ (a false accept): on a variable, through a `*mut W`, in a Box.
// An array's elements are places: `&mut a[0].n` and `&a[1].a` coexist.
struct P {
    a: String,
    n: i32,
}
struct W {
    ps: Vec<P>,
}
fn via_ptr(w: &mut W) {
    let m = &mut w.ps[0].n;
    let r = &w.ps[0].a;
    println!("{} {}", *m, *r);
}
fn arr() {
    let mut a: [P; 2] = [P { a: String::new(), n: 0 }, P { a: String::new(), n: 0 }];
    let m = &mut a[0].n;
    let r = &a[1].a;
    println!("{} {}", *m, *r);
}
fn boxed() {
    let mut bw = Box::new(W { ps: vec![P { a: String::from("x"), n: 1 }] });
    let r = &bw.ps[0].a;
    let m = &mut bw.ps[0].n;
    println!("{} {}", *m, *r);
}
fn main() {
    let mut w3 = W { ps: vec![P { a: String::from("we4"), n: 4 }] };
    let m5 = &mut w3.ps[0].n;
    let r7 = &w3.ps[0].a;
    println!("{} {}", *m5, *r7);
}
