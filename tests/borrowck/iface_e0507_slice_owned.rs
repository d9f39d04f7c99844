// A copy of an element of a `Vec<&dyn T>` holds the element's loan
// (E0506, E0502, E0597, E0515 as for the original). A slice whose
// elements may own a value (a `Box<dyn T>`), or that is a parameter,
// does not give them away: moving one out is E0507. Borrow the element
// (`ks[0].Show()` only lends it) instead.
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
struct Val {
    n: i64,
}
impl Shower for Val { fn show(&self) -> i64 { self.n } }
fn show(s: Box<dyn Shower>) -> i64 { return s.show() }
fn assign() {
    let mut y = Num { n: 3 };
    let ks: Vec<&dyn Shower> = vec![&y];
    let k = ks[0];
    y = Num { n: 5 };
    println!("{}", k.show());
}
fn appended() {
    let mut y = Num { n: 3 };
    let mut ks: Vec<&dyn Shower> = Vec::new();
    ks.push(&y);
    let p = &mut y;
    p.n = 2;
    println!("{}", ks[0].show());
}
fn returned() -> &'static dyn Shower {
    let y = Num { n: 3 };
    let ks: Vec<&dyn Shower> = vec![&y];
    return ks[0];
}
fn block() {
    let k: &dyn Shower;
    {
        let y = Num { n: 3 };
        let ks: [&dyn Shower; 1] = [&y];
        k = ks[0];
    }
    println!("{}", k.show());
}
fn owned() {
    let vs: Vec<Box<dyn Shower>> = vec![Box::new(Val { n: 1 })];
    println!("{}", show(vs[0]));
    println!("{}", vs[0].show());
}
fn param(ks: Vec<Box<dyn Shower>>) -> i64 {
    return show(ks[0]);
}
fn main() {}
