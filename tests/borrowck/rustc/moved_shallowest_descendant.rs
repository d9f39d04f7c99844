// rustc looks for the moves of one maybe-moved path under a used place,
// the shallowest (meth seed 1172): after `take_b(w.b)` and `w.b.a`
// (itself E0382), `&mut w` finds the move of w.b, the same set as the
// error at w.b.a, whose place w is a prefix of: no second error.
struct B {
    a: String,
    n: i32,
}
struct W {
    b: Box<B>,
    s: String,
}
fn take_b(b: Box<B>) { println!("{}", b.n); }
fn bump(w: &mut W) { w.s.push('x'); }
fn main() {
    let mut w = W { b: Box::new(B { a: String::from("a"), n: 1 }), s: String::from("s") };
    take_b(w.b);
    let t = w.b.a;
    bump(&mut w);
    println!("{}", t);
    let mut v = W { b: Box::new(B { a: String::from("a"), n: 1 }), s: String::from("s") };
    let u = v.b.a;
    take_b(v.b);
    bump(&mut v);
    println!("{}", u);
    let mut x = W { b: Box::new(B { a: String::from("a"), n: 1 }), s: String::from("s") };
    let y = x.b.a;
    let z = x.s;
    bump(&mut x);
    println!("{} {}", y, z);
}
