// After rust-lang/rust tests/ui/borrowck/suggest-local-var-for-vector.rs:
// `vec[len(vec)-1] = 123` (Rust's IndexMut borrows vec mutably before
// the index is computed: E0502).
fn main() {
    let mut vec = vec![0; 420];
    vec[vec.len() - 1] = 123;
}
