// Once the reservation of a two-phase `&mut v` (Vec::push's receiver, a
// `*mut` method's autoref) conflicted with a mutable loan (E0499), rustc
// checks no later activation of a two-phase borrow of that same place in
// the function: the `append` and `setN` on lines 23 and 29 conflict with
// shared loans still live, and are no error (hunt seed 1670). Fixed: end
// the mutable borrows first.
struct P {
    a: String,
    n: i32,
}

impl P { fn set_n(&mut self, v: i32) { self.n = v; } }

fn main() {
    let mut v1 = vec![7];
    let mut v2 = vec![8];
    let mut f4 = || { v1[0] = 1; };
    let h5 = &v1[0];
    let e6 = &v2[0];
    v1.push(4);
    f4();
    v2.push(5);
    v1.push(v1[0]);
    println!("{} {}", *h5, *e6);
    let mut p = P { a: String::from("a"), n: 1 };
    let m = &mut p.n;
    let r = &p.a;
    p.set_n(2);
    println!("{}", *m);
    p.set_n(3);
    println!("{}", *r);
}
