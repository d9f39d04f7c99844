// copy's destination is borrowed mutably: through a shared *T or into a
// range loop's value (a `&Vec`) it is E0596 (was E0382).
fn copy<T: Copy>(d: &mut [T], s: &[T]) -> i64 { let n = d.len().min(s.len()); d[..n].copy_from_slice(&s[..n]); n as i64 }
struct P { xs: Vec<i64> }
fn cp(d: &mut [u8], s: &str) -> i64 { copy(d, s.as_bytes()) }
fn fill(p: &P, w: Vec<i64>) {
    copy(&mut p.xs, &w);
}
fn main() {
    let mut v = vec![1, 2, 3];
    copy(&mut v, &v[1..]);
    let vs: Vec<Vec<i64>> = vec![vec![2, 1]];
    for u in &vs {
        u.copy_from_slice(&v);
    }
    let mut bs: Vec<u8> = vec![0, 0];
    let s = String::from("hi");
    cp(&mut bs, &s);
    println!("{} {}", bs.len(), s);
}
