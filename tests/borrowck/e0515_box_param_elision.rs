// A pointer inside a Box parameter gives the result a lifetime (Rust's
// elision), but the Box's own data is still the function's: returning
// `&x.n` or a local is E0515; a Box with no pointer inside gives none
// (E0106).
struct S<'a> {
    p: &'a i64,
    n: i64,
}

fn f(x: Box<S>) -> &i64 { let _ = x.p; &x.n }
fn g(x: Box<&mut i64>) -> &mut i64 { let _ = x;
    let mut y = 1;
    &mut y
}
fn h(x: Box<i64>) -> &i64 { &*x }

fn main() {}
