// A method value of a *mut method is a closure borrowing its receiver mutably while it lives.
struct Counter {
    n: i32,
}
impl Counter {
fn add(&mut self, k: i32) {
    self.n += k;
} }

fn main() {
    let mut c = Counter { n: 0 };
    let mut add = |k| c.add(k);
    println!("{}", c.n);
    add(1);
}
