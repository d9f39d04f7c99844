// A method's `*mut` receiver is borrowed in two phases, as rustc's
// autoref `&mut self`: reserved first, activated at the call, so the
// arguments may read the receiver (`c.set(c.get() + 1)`, Rust's
// `v.push(v.len())`). A shared borrow still live at the call is E0502
// (rustc/borrowck_two_phase_multi_mut).
struct Counter {
    n: i32,
}
impl Counter {
    fn set(&mut self, v: i32) { self.n = v; }
    fn get(&self) -> i32 { return self.n; } }

fn main() {
    let mut c = Counter { n: 1 };
    c.set(c.get() + 1);
    c.set(c.get() * 10);
    println!("{}", c.get());
}
