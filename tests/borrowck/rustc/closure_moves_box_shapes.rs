// Shapes around a closure moving out of a Box: called in place, a Box
// in a field (the capture stops at that field), a struct nested in a Box,
// a nested closure, a read after a later reassignment (accepted), and a
// closure that only reads a Box field (by reference: no truncation).
struct P {
    a: String,
    n: i32,
}
struct Q {
    p: P,
    m: i32,
}
struct O {
    b: Box<P>,
    k: i32,
}
fn take_s(s: String) { println!("{}", s); }
fn bump(p: &mut i32) { *p = *p + 1; }
fn main() {
    let b1 = Box::new(P { a: String::from("a"), n: 1 });
    (|| { take_s(b1.a); })();
    println!("{}", b1.n);
    let o = O { b: Box::new(P { a: String::from("b"), n: 2 }), k: 3 };
    let f = || { take_s(o.b.a); };
    println!("{}", o.k);
    println!("{}", o.b.n);
    f();
    let bn = Box::new(Q { p: P { a: String::from("c"), n: 4 }, m: 5 });
    let g = || { take_s(bn.p.a); };
    g();
    println!("{}", bn.m);
    let b2 = Box::new(P { a: String::from("d"), n: 6 });
    (|| { (|| { take_s(b2.a); })(); })();
    println!("{}", b2.n);
    let mut b3 = Box::new(P { a: String::from("e"), n: 7 });
    let h = || { take_s(b3.a); };
    h();
    b3 = Box::new(P { a: String::from("f"), n: 8 });
    println!("{}", b3.n);
    let mut b4 = Box::new(P { a: String::from("g"), n: 9 });
    let r = || { println!("{}", b4.a); };
    bump(&mut b4.n);
    r();
    println!("{}", b4.n);
}
