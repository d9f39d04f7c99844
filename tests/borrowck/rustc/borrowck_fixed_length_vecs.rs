// After rust-lang/rust tests/ui/borrowck/borrowck-fixed-length-vecs.rs:
// `&x[0]` of an array (accepted, run).
fn main() {
    let x = [22];
    let y = &x[0];
    println!("{}", *y);
}
