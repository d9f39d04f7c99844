// A slice of interfaces holding only pointers, some `*mut`, is a
// `Vec<&mut dyn T>`: passing an element to a function reborrows it
// (`show(&mut *ks[0])`, rustc inserts the reborrow), so it may be passed
// again; ks stays usable (it was E0507, a false reject).
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
    println!("{}", show(ks[0]));
    println!("{}", show(ks[0]));
    println!("{}", ks[1].show());
    let mk: &mut dyn Shower = &mut y;
    println!("{}", show(mk));
}
