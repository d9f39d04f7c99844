// `b := append(a, a...)` moves a into the call while the spread, evaluated
// first (Go's order), borrows it: E0505, as with `a[0:]...`. (The twin
// makes the order explicit: `append(a, &a[..])` is E0382 in rustc, which
// moves a first.)
fn append(mut v: Vec<i64>, s: &[i64]) -> Vec<i64> { v.extend_from_slice(s); v }
fn main() {
    let x = vec![1];
    let y = { let s = &x[0..]; append(x, s) };
    println!("{}", y.len());
    let a = vec![1];
    let b = { let s = &a[..]; append(a, s) };
    println!("{}", b.len());
}
