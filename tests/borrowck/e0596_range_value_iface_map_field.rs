// A map's interface values are lent by the loop too (`for (_, k) in &m`),
// and so is an interface field of a struct value (`h.s.Show()` is
// `h.s.show()` with h a `&H`): a `&mut self` method is E0596.
use std::collections::HashMap; trait Shower {
    fn show(&mut self) -> i64; }

struct Num {
    n: i64,
}
impl Shower for Num { fn show(&mut self) -> i64 { self.n = self.n + 1; self.n } }
struct H {
    s: Box<dyn Shower>,
}
fn main() {
    let mut y = Num { n: 1 };
    let m: HashMap<&str, &mut dyn Shower> = HashMap::from([("a", &mut y as &mut dyn Shower)]);
    for (_, k) in &m {
        println!("{}", k.show());
    }
    let hs: Vec<H> = vec![H { s: Box::new(Num { n: 1 }) }];
    for h in &hs {
        println!("{}", h.s.show());
    }
}
