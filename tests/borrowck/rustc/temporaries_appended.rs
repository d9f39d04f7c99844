// Probe (session 13, fixed on fa_temp): `append(rs, &*box(x))` kept (E0716); the `&Q{..}` forms agree.
struct Q {
    n: i32,
}

struct H<'a> {
    r: &'a i32,
}

struct HQ<'a> {
    q: Option<&'a Q>,
}

fn a(x: i32) {
    let mut m: std::collections::HashMap<i32, &Q> = std::collections::HashMap::new();
    m.insert(1, &Q { n: x });
    println!("{}", m[&1].n);
}

fn b(x: i32) {
    let mut rs: Vec<&i32> = vec![];
    rs.push(&*Box::new(x));
    println!("{}", *rs[0]);
}

fn c(x: i32) {
    let h = H { r: &*Box::new(x) };
    println!("{}", *h.r);
}

fn d(x: i32) {
    let h = HQ { q: Some(&Q { n: x }) };
    println!("{}", h.q.unwrap().n);
}

fn e(x: i32) {
    let mut h = HQ { q: None };
    h.q = Some(&Q { n: x });
    println!("{}", h.q.unwrap().n);
}

fn f(x: i32) {
    let mut qs: Vec<&Q> = vec![];
    qs.push(&Q { n: x });
    println!("{}", qs[0].n);
}

fn g(x: i32) {
    let p: &Q;
    p = &Q { n: x };
    println!("{}", p.n);
}

fn main() {}
