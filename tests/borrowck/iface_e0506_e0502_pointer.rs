// While an interface holding &x (or &mut x) is used later, x may not be
// assigned or borrowed in a conflicting way: the interface is the borrow.
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
struct Label {
    s: String,
}
impl Shower for Label { fn show(&self) -> i64 { self.s.len() as i64 } }
fn main() {
    let mut y = Num { n: 3 };
    let j: &dyn Shower = &y;
    y = Num { n: 4 };
    println!("{} {}", j.show(), y.n);
    let mut z = Num { n: 5 };
    let k: &dyn Shower = &z;
    let q = &mut z;
    q.n = 6;
    println!("{}", k.show());
    let mut w = Num { n: 7 };
    let mk: &mut dyn Shower = &mut w;
    println!("{}", w.n);
    println!("{}", mk.show());
    let v = Label { s: "v".to_string() };
    let vk: &dyn Shower = &v;
    let moved = v;
    println!("{} {}", vk.show(), moved.s);
}
