// Pending (session 13, differs from rustc 1.95): `*s.p += 1` while reborrowed: E0503 and E0506 (code).
fn f() {
    let mut x = 1;
    let y = &mut x;
    x += 1;
    *y = 2;
}

struct S<'a> {
    p: &'a mut i32,
}

fn g(a: &mut i32) {
    let s = S { p: a };
    let t = &mut *s.p;
    *s.p += 1;
    *t = 2;
}

fn main() {}
