// `&m[k][i]` borrows through the map's entry: HashMap's Index gives `&V`,
// so a pointer into a slice held by a map keeps the map borrowed, and an
// insert or delete (`&mut m`) while it is used is E0502, as rustc's
// `let p = &m["a"][0]; m.remove("a"); println!("{}", p)`. The same through
// a `*mut map` parameter, a struct field holding a map, a struct value's
// slice field. Fixed: use the element (or copy it out) before the write.
use std::collections::HashMap; struct T { s: Vec<i64> }
struct H { m: HashMap<String, Vec<i64>> }
fn f(m: &mut HashMap<String, Vec<i64>>) {
    let p = &(*m)["a"][0];
    m.remove("a");
    println!("{}", *p);
}
fn main() {
    let mut m: HashMap<String, Vec<i64>> = HashMap::from([("a".to_string(), vec![1, 2])]);
    let p = &m["a"][0];
    m.remove("a");
    println!("{}", *p);
    let q = &m["a"][1];
    m.insert("a".to_string(), vec![3]);
    println!("{}", *q);
    let mut h = H { m: HashMap::from([("a".to_string(), vec![1])]) };
    let r = &h.m["a"][0];
    h.m.remove("a");
    println!("{}", *r);
    let mut tm: HashMap<String, T> = HashMap::from([("a".to_string(), T { s: vec![1] })]);
    let u = &tm["a"].s[0];
    tm.insert("b".to_string(), T { s: vec![2] });
    println!("{}", *u);
    let v = &m["a"][0];
    println!("{}", *v);
    m.remove("a");
    f(&mut m);
}
