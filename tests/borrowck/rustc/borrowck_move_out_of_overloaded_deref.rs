// After rust-lang/rust tests/ui/borrowck/borrowck-move-out-of-overloaded-deref.rs
// (a `*string` for the Rc): moving a string out through a shared
// pointer is E0507.
fn main() {
    let s = String::from("hi");
    let p = &s;
    let x = *p;
    println!("{}", x);
}
