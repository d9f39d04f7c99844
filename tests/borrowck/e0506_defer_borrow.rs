// A deferred closure borrows what it captures until the function returns: a Drop guard in Rust.
struct Defer<F: FnMut()>(F); impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }
fn main() {
    let mut total = 1;
    let _d = Defer(|| println!("total {}", total));
    total = 2;
    println!("{}", total);
}
