// `return f(&x)` of a parameter or local x is fine when the result can
// hold no borrow of it: an int, a struct of ints, or an owned struct the
// callee builds (its string a constant): the twin's `fn f(p: &i64) -> i64`.
struct R {
    n: i64,
    _m: i64,
}

struct T {
    s: String,
    n: i64,
}

fn f(p: &i64) -> i64 { *p }
fn mk(p: &i64) -> R { R { n: *p, _m: 1 } }
fn mkt(p: &i64) -> T { T { s: "a".to_string(), n: *p } }

fn g(x: i64) -> i64 { f(&x) }
fn h(x: i64) -> R { mk(&x) }
fn k(x: i64) -> T { mkt(&x) }
fn l() -> T {
    let y = 5;
    mkt(&y)
}

fn main() {
    println!("{} {} {} {}", g(2), h(3).n, k(4).n, l().s);
}
