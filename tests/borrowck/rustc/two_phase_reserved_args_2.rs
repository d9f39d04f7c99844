// Probe (session 14): `&mut r.n` as a later argument than r itself is E0499 twice (reserved, then activated);
// a shared `&r.n` live at the call E0502; another pointer's field, `append(v, v[0])` are fine.
struct R {
    n: i32,
    v: Vec<i32>,
}

fn incr(x: &mut i32) -> i32 { *x += 1; return *x; }
fn fset2(r: &mut R, x: &mut i32) { r.n = *x; }
fn fboth(_a: &mut R, _b: &mut R) {}
fn fsh(_r: &mut R, _x: &i32) {}

impl R { fn set2(&mut self, x: &mut i32) { self.n = *x; }
         fn set(&mut self, v: i32) { self.n = v; } }

fn d1(r: &mut R) {
    fset2(r, &mut r.n);
}

fn d2(r: &mut R) {
    r.set2(&mut r.n);
}

fn d3(r: &mut R) {
    fboth(r, r);
}

fn d4(r: &mut R) {
    fsh(r, &r.n);
}

fn d5(r: &mut R, q: &mut R) {
    r.set(incr(&mut q.n));
}

fn d6() {
    let mut v = vec![1];
    v.push(v[0]);
}

fn d7(r: &mut R) {
    r.v.push(incr(&mut r.n));
}

fn main() {}
