// After rust-lang/rust tests/ui/borrowck/borrowck-move-out-from-array.rs.
fn main() {
    let a = [String::from("x"), String::from("y")];
    let b = a[0];
    println!("{}", b);
}
