// Passing an element of a `Vec<&mut dyn T>` is `&mut *ks[i]`: it borrows
// ks mutably (IndexMut), E0502 while ks is sliced; copying one out
// is E0507, and the slice holds its loans while it is used.
trait Shower {
    fn show(&mut self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&mut self) -> i64 { self.n = self.n + 1; self.n } }
fn show(s: &mut dyn Shower) -> i64 { s.show() }
fn main() {
    let mut y = Num { n: 3 };
    let mut z = Num { n: 4 };
    let mut ks: Vec<&mut dyn Shower> = vec![&mut y, &mut z];
    let s = &ks[0..1];
    {
        println!("{}", show(ks[0]));
    }
    println!("{}", s.len());
    let k = ks[1];
    println!("{}", k.show());
    println!("{}", y.n);
    println!("{}", show(ks[0]));
}
