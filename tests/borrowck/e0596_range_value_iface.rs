// A range loop's value over a slice of interfaces is Rust's `&Box<dyn T>`
// or `&&mut dyn T` (`for k in &ks`): a method the twin's trait takes as
// `&mut self` (a `*mut` receiver) is E0596 on `**k`, and so is passing k
// on as a `&mut dyn T` (`show(*k)`). Methods taking `&self`, and indexing
// the slice (`ks[i].Show()`: IndexMut), are fine.
trait Shower {
    fn show(&mut self) -> i64; }
trait Getter {
    fn get(&self) -> i64; }


struct Num {
    n: i64,
}
impl Shower for Num { fn show(&mut self) -> i64 { self.n = self.n + 1; self.n } }
impl Getter for Num { fn get(&self) -> i64 { self.n } }
fn show(s: &mut dyn Shower) -> i64 { s.show() }
fn all(mut ks: Vec<&mut dyn Shower>) {
    for k in &ks {
        println!("{}", k.show());
    }
}
fn main() {
    let mut y = Num { n: 3 };
    let mut z = Num { n: 4 };
    let mut ks: Vec<&mut dyn Shower> = vec![&mut y, &mut z];
    for k in &ks {
        println!("{}", k.show());
    }
    for k in &ks {
        println!("{}", show(*k));
    }
    for k in &ks {
        let w = k;
        println!("{}", w.show());
    }
    for i in 0..ks.len() {
        println!("{}", ks[i].show());
    }
    all(ks);
}
fn getters(y: Num, z: Num) {
    let gs: Vec<&dyn Getter> = vec![&y, &z];
    for g in &gs {
        println!("{}", g.get());
    }
}
