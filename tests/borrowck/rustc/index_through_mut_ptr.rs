// Probe (session 16, rhunt4, --gen meth seeds 61, 74, 81): through a
// `*mut []P` parameter, `(*ps)[i].n = k` is `ps[i].n = k`, IndexMut's
// `&mut *ps`: E0499 under a live `&mut (*ps)[0]`, E0502 under a live
// `&(*ps)[0]` (were E0506), and a read `(*ps)[i].n` is Index's `&*ps`:
// E0502 under a `&mut` (was E0503).
struct P {
    a: String,
    n: i32,
}
fn set(ps: &mut Vec<P>, k: i32) -> &mut P {
    let r = &mut ps[0];
    ps[1].n = k;
    return r;
}
fn get(ps: &mut Vec<P>, k: i32) -> &P {
    let r = &ps[0];
    ps[1].n = k;
    return r;
}
fn read(ps: &mut Vec<P>) -> &mut P {
    let r = &mut ps[0];
    println!("{}", ps[1].n);
    return r;
}
fn main() {
    let mut ps = vec![P { a: String::from("a"), n: 1 }, P { a: String::from("b"), n: 2 }];
    set(&mut ps, 3).n = 4;
    println!("{}", get(&mut ps, 5).a);
    read(&mut ps).n = 6;
    println!("{}", ps[0].n);
}
