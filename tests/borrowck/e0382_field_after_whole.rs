// Which moves a use reports (rustc's get_moved_indexes): the moves of the
// used path or of a prefix of it when that is maybe moved; the moves of
// fields under it only when it is not. After `takeP(p)` and `takeS(p.a)`,
// `takeP(p)` again is the same move of p, already reported at `p.a`: one
// error. A map's range loop is visited as every loop, its exit first: a
// move in the body is reported at the use after the loop.
struct P {
    a: String,
    n: i64,
}
fn take_s(s: String) { println!("{}", s); }
fn take_p(p: P) { println!("{}", p.n); } use std::collections::HashMap;
fn main() {
    let p = P { a: "a".to_string(), n: 1 };
    take_p(p);
    take_s(p.a);
    take_p(p);
    let q = P { a: "b".to_string(), n: 2 };
    take_s(q.a);
    println!("{}", q.n);
    take_p(q);
    let m: HashMap<String, i64> = HashMap::from([("a".to_string(), 1)]);
    let r = P { a: "c".to_string(), n: 3 };
    for (_, e) in &m {
        println!("{}", e);
        take_p(r);
        println!("{}", r.n);
    }
    println!("{}", r.n);
}
