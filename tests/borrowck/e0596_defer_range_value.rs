// A deferred closure over a range value captures `*v`, a reborrow through
// the loop's `&` (the twin keeps one Drop guard per iteration in a Vec that
// lives until the function returns): reading it is fine, writing through
// it is E0596 only (was E0506 and E0597 on v too).
fn main() {
    let vs: Vec<Vec<i64>> = vec![vec![1], vec![2]];
    let ws: Vec<Vec<i64>> = vec![vec![1]]; let mut ds: Vec<Box<dyn Drop + '_>> = Vec::new();
    for v in &vs {
        ds.push(Box::new(Defer(|| { println!("{}", v[0]); })));
    }
    for w in &ws {
        ds.push(Box::new(Defer(|| { w[0] = 3; })));
    }
    println!("{} {}", vs.len(), ws.len());
}
struct Defer<F: FnMut()>(F);
impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }
