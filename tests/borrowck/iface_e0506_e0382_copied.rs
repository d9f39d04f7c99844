// A copy of a `&dyn T` holds the same loan: assigning, mutably borrowing
// or letting die what it points to while a copy is used is an error, as
// for the original. A `&mut dyn T` is not Copy: assigning it moves it.
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
fn show(s: &dyn Shower) -> i64 { return s.show() }
fn main() {
    let mut y = Num { n: 3 };
    let j: &dyn Shower = &y;
    let k = j;
    y = Num { n: 4 };
    println!("{}", k.show());
    let mut z = Num { n: 5 };
    let jz: &dyn Shower = &z;
    let ks: Vec<&dyn Shower> = vec![jz, jz];
    let q = &mut z;
    println!("{} {}", ks[1].show(), q.n);
    let mut w = Num { n: 7 };
    let mk: &mut dyn Shower = &mut w;
    println!("{}", show(mk));
    let mk2 = mk;
    println!("{}", mk.show());
    println!("{}", mk2.show());
}
