// After rust-lang/rust tests/ui/borrowck/borrowck-for-loop-head-linkage.rs:
// the loop borrows the slice it walks; growing or writing it inside is an
// error.
fn main() {
    let mut vector = vec![1, 2];
    for &x in &vector {
        vector.push(x);
        vector[1] = 5;
    }
}
