// A method value of a range value (`f := s.Push`, the closure `|x| s.push(x)`) with a `*mut` receiver borrows `*s` mutably: E0596.
struct S {
    v: Vec<i64>,
}
impl S { fn push(&mut self, x: i64) { self.v.push(x); } }
fn main() {
    let ss: Vec<S> = vec![S { v: vec![1] }];
    for s in &ss {
        let mut f = |x| s.push(x);
        f(2);
    }
    println!("{}", ss.len());
}
