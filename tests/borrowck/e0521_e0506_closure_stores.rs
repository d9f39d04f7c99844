// A closure storing into a capture: a borrow of its own local or of its
// parameter, or a `&mut` of another capture, escapes the closure body
// (E0521); a shared borrow of a capture is held by the variable stored
// into, so writing (E0506) or moving (E0505) the borrowed capture while
// that variable is used is an error; Rust 2021 captures `s.n` only, so
// writing `s.m` is fine.
struct S {
    n: i32,
    m: i32,
}

fn take(v: Vec<i32>) -> usize { return v.len(); }

fn own_local() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut c = || {
        let z = 3;
        p = &z;
    };
    c();
    return *p;
}

fn mut_ref() -> i32 {
    let mut x = 1;
    let mut y = 2;
    let mut pm = &mut x;
    let mut c = || { pm = &mut y; };
    c();
    y = 3;
    *pm = 4;
    return x + y;
}

fn param_map() -> usize {
    let mut m: std::collections::HashMap<i32, &i32> = std::collections::HashMap::new();
    let mut f = |y: &i32| { m.insert(0, y); };
    let n = 1;
    f(&n);
    return m.len();
}

fn fields() -> i32 {
    let x = 1;
    let mut s = S { n: 1, m: 2 };
    let mut p = &x;
    let mut c = || { p = &s.n; };
    c();
    s.m = 5;
    s.n = 6;
    return *p;
}

fn moved() -> i32 {
    let x = 1;
    let ys = vec![1, 2];
    let mut p = &x;
    let mut c = || { p = &ys[0]; };
    c();
    take(ys);
    return *p;
}

fn main() { own_local(); mut_ref(); param_map(); fields(); moved(); }
