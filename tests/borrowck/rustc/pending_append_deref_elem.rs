// Pending (session 13, differs from rustc 1.95): `v = append(v, *e)` with
// `e := &v[0]` not used after is the two-phase `v.push(*e)`: accepted
// by rustc, E0502 in ml0c (a false reject).
fn main() {
    let mut v = vec![1];
    let e = &v[0];
    v.push(*e);
    println!("{}", v.len());
}
