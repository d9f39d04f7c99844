// Probe (session 17, rloans, --gen meth seeds 724, 772): rustc checks
// blocks in reverse postorder (an `else` before its `then`, the code
// after a loop before the loop's body), and once a two-phase reservation
// of a place is an error (E0499) it checks no activation of that place
// (reservation_error_reported). So `w2.push(7)` under a live `w2.pGet()`
// is E0502 in straight code and after an `if`, but not in a loop body or
// a `then` whose place has a reservation error after the loop or in the
// `else` (were extra E0502s).
struct P {
    a: String,
    n: i32,
}
struct W {
    p: P,
    ps: Vec<P>,
}
static GP: P = P { a: String::new(), n: 0 };
impl W { fn p_get(&self) -> &P { return &self.p; } }
impl W { fn first_mut(&mut self) -> &mut P { return &mut self.ps[0]; } }
impl W { fn push(&mut self, k: i32) { self.ps.push(P { a: String::from("w"), n: k }); } }
fn straight() {
    let mut w2 = W { p: P { a: String::from("wp4"), n: 4 }, ps: vec![] };
    let h6 = w2.p_get();
    w2.push(7);
    println!("{}", h6.n);
    let q = w2.first_mut();
    w2.push(8);
    q.n = 1;
}
fn in_loop() {
    let mut w2 = W { p: P { a: String::from("wp4"), n: 4 }, ps: vec![] };
    let mut h6: &P = &GP;
    for i in 0..2 {
        h6 = w2.p_get();
        w2.push(7);
    }
    println!("{}", h6.n);
    let q = w2.first_mut();
    w2.push(8);
    q.n = 1;
}
fn in_if(c: bool) {
    let mut w2 = W { p: P { a: String::from("wp4"), n: 4 }, ps: vec![] };
    let h6 = w2.p_get();
    if c {
        w2.push(7);
    }
    println!("{}", h6.n);
    let q = w2.first_mut();
    w2.push(8);
    q.n = 1;
}
fn if_else(c: bool) {
    let mut w2 = W { p: P { a: String::from("wp4"), n: 4 }, ps: vec![] };
    let h = w2.p_get();
    if c {
        let q = w2.first_mut();
        w2.push(8);
        q.n = 1;
    } else {
        w2.push(7);
        println!("{}", h.n);
    }
}
fn else_if(c: bool) {
    let mut w2 = W { p: P { a: String::from("wp4"), n: 4 }, ps: vec![] };
    let h = w2.p_get();
    if c {
        w2.push(7);
        println!("{}", h.n);
    } else {
        let q = w2.first_mut();
        w2.push(8);
        q.n = 1;
    }
}
fn main() {}
