// Probe (session 14, after pending_append_deref_elem): the arguments of
// `v = append(v, ..)` reading a loan of v for the last time (pointer-free
// copies) end it before the two-phase `&mut v` is activated: accepted;
// with the loan used after the append, E0502 at the appended v.
#[derive(Clone, Copy)]
struct S {
    n: i32,
    m: i32,
}
fn main() {
    let mut v = vec![S { n: 1, m: 2 }];
    let e = &v[0];
    v.push(S { n: e.n, m: e.m });
    let f = &v[0];
    v.push(*f);
    let g = &v;
    v.push((*g)[0]);
    let h = &v[1];
    v.push(*h);
    println!("{} {}", v.len(), h.n);
}
