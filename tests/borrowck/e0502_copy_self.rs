// copy(v, v): the twin copy(&mut v, &v) borrows v shared while its `&mut v` is live: E0502
fn copy<T: Copy>(d: &mut [T], s: &[T]) -> i64 { let n = d.len().min(s.len()); d[..n].copy_from_slice(&s[..n]); n as i64 }
fn main() {
    let mut v = vec![1, 2, 3];
    copy(&mut v, &v);
    let w = vec![4, 5];
    copy(&mut v, &w);
    println!("{} {}", v.len(), w.len());
}
