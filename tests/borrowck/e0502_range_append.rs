// Ranging over a slice borrows it for the loop (Rust: for x in &v): appending inside is E0502.
fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        v.push(*x);
    }
    println!("{}", v.len());
}
