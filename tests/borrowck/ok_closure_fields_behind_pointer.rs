// Closures writing different fields behind a captured `*mut` or Box
// coexist, also kept in a slice: Rust 2021 captures `(*q).n` and
// `(*q).m`, not all of q (e0524_closure_fields_behind_pointer has the
// conflicting forms).
struct P { n: i64, m: i64 }
fn main() {
    let q = &mut P { n: 1, m: 2 };
    let mut hs: Vec<Box<dyn FnMut() + '_>> = Vec::new();
    hs.push(Box::new(|| { q.n = q.n + 1; }));
    hs.push(Box::new(|| { q.m = q.m + 1; }));
    hs[0]();
    hs[1]();
    let mut bx = Box::new(P { n: 1, m: 2 });
    let mut f1 = || { bx.n = 10; };
    let mut f2 = || { bx.m = 20; };
    f1();
    f2();
    let r = &mut P { n: 3, m: 4 };
    let mut g = || { r.n = r.n * 2; };
    let k = &r.m;
    g();
    println!("{}", *k);
    drop(hs); println!("{} {} {} {} {}", q.n, q.m, bx.n, bx.m, r.n);
}
