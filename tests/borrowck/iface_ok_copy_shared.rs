// An interface holding a shared pointer is a `&dyn T`, which is Copy:
// copying it, passing it twice, putting it in a slice twice keeps it
// usable. One holding a `&mut` is a `&mut dyn T`: passing it reborrows
// it (`show(mk)` twice is fine); assigning it moves it (k := mk, then
// mk is unusable: iface_e0382_mut_moved). One holding a value owns a box
// (`Box<dyn T>`) and moves (iface_e0382_moved_into).
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
fn show(s: &dyn Shower) -> i64 { return s.show() }
fn main() {
    let y = Num { n: 3 };
    let j: &dyn Shower = &y;
    let k = j;
    println!("{} {} {} {}", show(j), show(j), k.show(), j.show());
    let xs: Vec<&dyn Shower> = vec![j, j, k];
    println!("{} {}", xs.len(), xs[0].show());
    let p = &y;
    let l: &dyn Shower = p;
    let l2: &dyn Shower = p;
    let m = l;
    println!("{} {} {} {}", l.show(), l2.show(), m.show(), show(l));
    let mut w = Num { n: 7 };
    let mk: &mut dyn Shower = &mut w;
    println!("{} {} {}", show(mk), show(mk), mk.show());
    w.n = 8;
    println!("{}", w.n);
}
