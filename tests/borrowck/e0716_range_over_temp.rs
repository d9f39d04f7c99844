// A range over a temporary (`range mk()`, Rust's `for v in &mk()`): the
// temporary lives as long as the loop, so a reborrow through v (`&v[0]`,
// a closure reading v) may be kept from one iteration to the next, but
// not past the loop: E0716 at the range expression (was E0597 on v, and
// E0506 at the loop), and E0515 when returned. Over a variable the
// loop's loan keeps them valid (e0502_closure_over_range_value).
fn mk() -> Vec<Vec<i64>> {
    vec![vec![1], vec![2, 3]]
}
fn first(p: &i64) -> &i64 {
    for v in &mk() {
        return &v[0];
    }
    p
}
fn main() {
    let mut ps: Vec<&i64> = Vec::new();
    for v in &mk() {
        ps.push(&v[0]);
    }
    println!("{} {}", ps.len(), *ps[0]);
    let mut fs: Vec<Box<dyn Fn() -> i64>> = Vec::new();
    for w in &mk() {
        fs.push(Box::new(|| w[0]));
    }
    println!("{}", fs[0]());
    let mut last: Option<&i64> = None;
    for u in &mk() {
        if let Some(x) = last { println!("{}", x); }
        last = Some(&u[0]);
    }
    let a = 5;
    println!("{}", first(&a));
}
