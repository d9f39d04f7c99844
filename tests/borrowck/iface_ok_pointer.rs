// Accepted: interfaces holding pointers (&dyn / &mut dyn) used before the
// referent is assigned, moved or borrowed again (non-lexical lifetimes),
// a pointer taken back out by assertion, and methods called through them.
trait Shower {
    fn show(&self) -> i64;
    fn label(&self) -> Option<&Label> { None }
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
struct Label {
    s: String,
}
impl Shower for Label { fn show(&self) -> i64 { self.s.len() as i64 } fn label(&self) -> Option<&Label> { Some(self) } }
fn show(s: &dyn Shower) -> i64 { return s.show() }
fn main() {
    let mut y = Num { n: 3 };
    let j: &dyn Shower = &y;
    println!("{} {}", j.show(), show(j));
    y = Num { n: 4 };
    println!("{}", y.n);
    let mut w = Num { n: 7 };
    let mk: &mut dyn Shower = &mut w;
    println!("{}", mk.show());
    w.n = 8;
    println!("{}", w.n);
    let v = Label { s: "label".to_string() };
    let vk: &dyn Shower = &v;
    let p = vk.label().unwrap();
    println!("{} {}", vk.show(), p.s.len());
    let moved = v;
    println!("{}", moved.s);
}
