// A deferred call's arguments are evaluated at the defer, so it borrows
// nothing: assigning afterwards is fine (Rust: the guard owns a copy).
struct Defer<F: FnMut()>(F); impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }
fn show(label: &str, n: i64) { println!("{} {}", label, n); }

fn main() {
    let mut total = 1;
    let t0 = total; let _d1 = Defer(move || show("total was", t0));
    let limit = 10;
    let _d2 = Defer(move || println!("limit {}", limit));
    total = 2;
    println!("{} {}", total, limit);
}
