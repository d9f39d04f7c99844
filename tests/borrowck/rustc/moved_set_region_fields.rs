// rustc merges the uses of one set of moves into one E0382, keeping
// the first unless a later use's place is not a prefix of it; places
// compare with their field types, whose regions rustc renumbers at
// every use, so a use through a field of a type with a region (`&T`,
// `Box<dyn Trait>`, `Vec<&T>`, a struct with a lifetime) never equals
// an earlier one: the LAST such use is reported (wide seed 1408).
// Fields without a region (`k`, `w`, `Box<P>`) keep the first.
trait Shower {
    fn show(&self) -> i32;
}
struct P {
    n: i32,
}
impl Shower for P { fn show(&self) -> i32 { self.n } }
impl P { fn get(&self) -> i32 { self.n } }
struct H {
    s: Box<dyn Shower>,
    k: String,
}
struct G {
    s: Box<P>,
    k: i32,
}
struct R<'a> {
    r: &'a i32,
    k: String,
    v: Vec<&'a i32>,
    w: Vec<i32>,
}
fn take_h(h: H) { println!("{}", h.k); }
fn take_g(g: G) { println!("{}", g.k); }
fn take_r(r: R) { println!("{}", r.k); }
fn main() {
    let h = H { s: Box::new(P { n: 1 }), k: String::from("h") };
    take_h(h);
    println!("{}", h.s.show());
    println!("{}", h.s.show());
    let g = G { s: Box::new(P { n: 1 }), k: 8 };
    take_g(g);
    println!("{}", g.s.get());
    println!("{}", g.s.get());
    let x = 1;
    let a = R { r: &x, k: String::from("a"), v: vec![], w: vec![] };
    take_r(a);
    println!("{}", *a.r);
    println!("{}", *a.r);
    let b = R { r: &x, k: String::from("b"), v: vec![], w: vec![] };
    take_r(b);
    println!("{}", b.k);
    println!("{}", b.k);
    let c = R { r: &x, k: String::from("c"), v: vec![], w: vec![] };
    take_r(c);
    println!("{}", c.v.len());
    println!("{}", c.v.len());
    let d = R { r: &x, k: String::from("d"), v: vec![], w: vec![] };
    take_r(d);
    println!("{}", d.w.len());
    println!("{}", d.w.len());
    let e = R { r: &x, k: String::from("e"), v: vec![], w: vec![] };
    take_r(e);
    println!("{}", e.k);
    println!("{}", *e.r);
    println!("{}", e.k);
}
