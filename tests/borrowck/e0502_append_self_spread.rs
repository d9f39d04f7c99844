// Appending a slice to itself, whole, resliced or as a field: the twin
// `v.extend_from_slice(&v[..])` borrows v while its `&mut v` is
// activated (E0502). Another slice is fine.
struct S { v: Vec<i64> }

fn main() {
    let mut v = vec![1, 2];
    v.extend_from_slice(&v[..]);
    println!("{}", v.len());
    let mut w = vec![1, 2];
    w.extend_from_slice(&w[1..]);
    println!("{}", w.len());
    let mut s = S { v: vec![1] };
    s.v.extend_from_slice(&s.v[..]);
    println!("{}", s.v.len());
    let p = &mut s;
    p.v.extend_from_slice(&p.v[..]);
    let mut u = vec![1, 2];
    let u2 = vec![3];
    u.extend_from_slice(&u2[..]);
    println!("{} {}", u.len(), u2.len());
}
