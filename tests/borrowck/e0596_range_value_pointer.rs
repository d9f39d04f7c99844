// A pointer to a range loop's value (`p := &mut v`) is Rust's `&mut &V`:
// it may rebind v (`*p = w`) and read, but writing under `*p`, `&mut`
// of it, appending to it and passing p where a `*mut V` is wanted (the
// twin's `&mut **p`) are E0596/E0594, as writing through v itself is.
use std::collections::HashMap; struct S {
    n: i64,
    v: Vec<i64>,
}
impl S { fn bump(&mut self) { self.n = self.n + 1; } }
fn bump(s: &mut S) { s.n = s.n + 1; }
fn bumpv(v: &mut Vec<i64>) { (*v)[0] = (*v)[0] + 1; }
fn main() {
    let vs: Vec<Vec<i64>> = vec![vec![3, 4], vec![5, 6]];
    for mut v in &vs {
        let p = &mut v;
        (*p)[0] = 1;
    }
    let m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1, 2])]);
    for (_, mut v) in &m {
        let p = &mut v;
        (*p).push(3);
    }
    for mut v in &vs {
        let p = &mut v;
        bumpv(&mut **p);
    }
    for v in &vs {
        bumpv(&mut *v);
    }
    for mut v in &vs {
        let p = &mut v;
        let q = p;
        (*q)[1] = 2;
    }
    let ss: Vec<S> = vec![S { n: 1, v: vec![1] }];
    for mut s in &ss {
        let p = &mut s;
        p.n = 3;
    }
    for mut s in &ss {
        let p = &mut s;
        p.v[0] = 2;
    }
    for mut s in &ss {
        let p = &mut s;
        p.bump();
    }
    for mut s in &ss {
        let p = &mut s;
        bump(&mut **p);
    }
    for s in &ss {
        bump(&mut *s);
    }
    for mut s in &ss {
        let p = &mut s;
        let q = &mut p.v;
        println!("{}", q.len());
    }
    let bs: Vec<Box<i64>> = vec![Box::new(1)];
    for mut b in &bs {
        let p = &mut b;
        ***p = 4;
    }
    for mut v in &vs {
        let p = &mut v;
        println!("{} {}", (*p)[0], p.len());
    }
    println!("{} {} {} {}", vs.len(), m.len(), ss.len(), bs.len());
}
