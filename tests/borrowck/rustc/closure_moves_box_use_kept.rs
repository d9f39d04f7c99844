// A closure moving bp.a captures all of bp: the first use after it,
// `twoM(&mut bp.n, bp.n)`, is the E0382 reported; a second closure
// moving bp.a again uses bp (a prefix of `bp.n`), merged with it (clos
// seed 934, where ml0c reported the second closure instead).
struct P {
    a: String,
    n: i32,
}
fn take_s(s: String) { println!("{}", s); }
fn two_m(a: &mut i32, b: i32) -> i32 { *a = *a + b; return *a; }
fn main() {
    let mut bp = Box::new(P { a: String::from("b2"), n: 2 });
    let f = || { take_s(bp.a); };
    let _d = Dg(Some(f));
    println!("{}", two_m(&mut bp.n, bp.n));
    let g = || { take_s(bp.a); };
    g();
}
struct Dg<F: FnOnce()>(Option<F>);
impl<F: FnOnce()> Drop for Dg<F> { fn drop(&mut self) { if let Some(f) = self.0.take() { f() } } }
