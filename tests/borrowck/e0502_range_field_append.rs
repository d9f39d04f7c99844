// Ranging over a field through a `*mut` (`for _, x := range b.xs`, the twin's
// `for &x in &self.xs`) borrows it for the loop: appending to it inside is
// E0502 (was a false accept: under --runtime=drop the append could free
// the array the loop reads). Writing another field is fine.
struct Bag {
    xs: Vec<i64>,
}
impl Bag { fn double(&mut self) {
    for &x in &self.xs {
        self.xs.push(x);
    }
} }
fn main() {
    let mut b = Bag { xs: vec![1, 2] };
    b.double();
    println!("{}", b.xs.len());
}
