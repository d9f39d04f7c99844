// A closure storing `&y` into a captured p lends y to p from the closure
// on, called or not: `&mut y` (E0502) or a new Box for y (E0506) while p
// is used, y dying first (E0597), also stored through a captured `*mut`
// struct's field, or in one branch.
struct S<'a> {
    p: &'a i32,
}

fn mut_live() -> i32 {
    let x = 1;
    let mut y = 2;
    let mut p = &x;
    let mut c = || { p = &y; };
    c();
    let q = &mut y;
    *q = 3;
    return *p;
}

fn thru_field() -> i32 {
    let x = 1;
    let mut s = S { p: &x };
    let q = &mut s;
    {
        let y = 2;
        let mut c = || { q.p = &y; };
        c();
    }
    return *s.p;
}

fn boxed() -> i32 {
    let x = 1;
    let mut b = Box::new(2);
    let mut p = &x;
    let mut c = || { p = &*b; };
    c();
    b = Box::new(3);
    return *p + *b;
}

fn branch(k: bool) -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = 2;
        if k {
            let mut c = || { p = &y; };
            c();
        }
    }
    return *p;
}

fn not_called_still() -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = 2;
        let c = || { p = &y; };
        let _ = c;
    }
    return *p;
}

fn main() { mut_live(); thru_field(); boxed(); branch(true); not_called_still(); }
