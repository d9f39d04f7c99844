// copy(dst, src) lends: the twin is copy(&mut dst, &src) (copy_from_slice),
// so dst and src stay usable after it (was E0382: copy moved both), and a
// live borrow of either conflicts (E0502).
fn main() {
    let mut v = vec![1, 2];
    let mut w = vec![3, 4];
    copy(&mut v, &w);
    println!("{} {}", v.len(), w.len());
    let p = &v;
    copy(&mut v, &w);
    println!("{}", p.len());
    let q = &mut w;
    copy(&mut v, &w);
    (*q)[0] = 1;
    let n = copy(&mut v, &w);
    println!("{}", n);
}
fn copy(d: &mut [i64], s: &[i64]) -> i64 { let n = d.len().min(s.len()); d[..n].copy_from_slice(&s[..n]); n as i64 }
