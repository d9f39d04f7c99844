// `s.v = append(s.v, x)` on a range value's field is `s.v.push(x)`: E0596 (a borrow), not E0594.
struct S {
    v: Vec<i64>,
}
fn main() {
    let ss: Vec<S> = vec![S { v: vec![1] }];
    for s in &ss {
        s.v.push(1);
    }
    println!("{}", ss.len());
}
