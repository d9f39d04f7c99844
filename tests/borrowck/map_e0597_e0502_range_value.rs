// `&v[i]` of a map's range value borrows the map (Rust's `&v[i]` with v a
// `&Vec`): changing the map while it is used is E0502. A pointer to the
// loop's value itself, or into a field of a struct value (the loop's own
// copy), may not outlive the loop: E0597.
use std::collections::HashMap; #[derive(Clone)] struct S {
    n: i64,
}
fn changed() {
    let mut m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1, 2])]);
    let mut p: &i64 = &0;
    for (_, v) in &m {
        p = &v[0];
    }
    m.insert("b", vec![3]);
    println!("{}", *p);
}
fn whole() {
    let m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1, 2])]);
    let mut p: &Vec<i64> = &Vec::new();
    for (_, v) in m.clone() {
        p = &v;
    }
    println!("{}", p.len());
}
fn field() {
    let m: HashMap<&str, S> = HashMap::from([("a", S { n: 1 })]);
    let mut p: &i64 = &0;
    for (_, v) in m.clone() {
        p = &v.n;
    }
    println!("{}", *p);
}
fn main() {}
