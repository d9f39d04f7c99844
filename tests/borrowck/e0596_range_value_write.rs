// The value a range loop yields of a non-Copy type is a `&V` in Rust
// (`for (_, v) in &m`, `for v in &vs`): writing through it is E0596 for
// an element of a slice (Vec's IndexMut borrows `*v` mutably), for
// append, a `*mut` method or a map write, and E0594 for a field or a Box.
use std::collections::HashMap; struct S {
    n: i64,
    v: Vec<i64>,
}
impl S { fn bump(&mut self) { self.n = self.n + 1; } }
fn bump(p: &mut i64) { *p = *p + 1; }
fn main() {
    let m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1, 2])]);
    for (_, v) in &m {
        v[0] = 5;
    }
    let mut vs: Vec<Vec<i64>> = vec![vec![3, 4], vec![5, 6]];
    for v in &vs {
        v[0] = 6;
    }
    for (_, v) in &m {
        bump(&mut v[0]);
    }
    for v in &vs {
        v.push(1);
    }
    let ms: HashMap<&str, S> = HashMap::from([("a", S { n: 1, v: vec![1] })]);
    for (_, s) in &ms {
        s.n = 3;
    }
    for (_, s) in &ms {
        s.v[0] = 3;
    }
    for (_, s) in &ms {
        s.bump();
    }
    let bs: Vec<Box<i64>> = vec![Box::new(1)];
    for b in &bs {
        **b = 3;
    }
    let mm: HashMap<&str, HashMap<&str, i64>> = HashMap::from([("a", HashMap::from([("x", 1)]))]);
    for (_, inner) in &mm {
        inner.insert("y", 2);
    }
    for v in &vs {
        let w = v;
        w[1] = 8;
    }
    for i in 0..vs.len() {
        vs[i][0] = 7;
    }
    println!("{} {} {} {} {}", m.len(), vs.len(), ms.len(), bs.len(), mm.len());
}
struct T {
    n: i64,
    m: HashMap<&'static str, i64>,
}
fn arrays() {
    let arr: [Vec<i64>; 2] = [vec![1], vec![2]];
    for v in &arr {
        v[0] = 5;
    }
    let ts: Vec<T> = vec![T { n: 1, m: HashMap::from([("a", 1)]) }];
    for t in &ts {
        t.m.insert("b", 2);
    }
    println!("{} {} {}", arr.len(), ts.len(), ts[0].n);
}
