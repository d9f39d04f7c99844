// After rust-lang/rust tests/ui/borrowck/borrowck-reinit.rs: assigning a
// moved Box to itself uses it.
fn main() {
    let mut x = Box::new(0);
    let u = x;
    x = x;
    println!("{}", *u);
}
