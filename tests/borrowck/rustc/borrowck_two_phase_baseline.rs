// After rust-lang/rust tests/ui/borrowck/two-phase-baseline.rs: the goto
// example for two-phase borrows, `v = append(v, len(v))` (accepted, run).
fn main() {
    let mut v: Vec<usize> = vec![0, 1, 2];
    v.push(v.len());
    println!("{} {}", v.len(), v[3]);
}
