// Probe (session 14): a struct with a drop() method is a Rust Drop type: no field moves out of it (E0509),
// also a field of a field, through a Box, in a closure; moving the whole value is fine, the illegal move leaves it whole.
struct S {
    f: String,
    n: i32,
}

struct O {
    s: S,
    g: String,
}

impl Drop for S { fn drop(&mut self) {} }

fn take(_s: String) {}
fn take_s(_s: S) {}

fn e1(x: S) {
    take(x.f);
}

fn e2() {
    let o = O { s: S { f: String::from("a"), n: 0 }, g: String::from("b") };
    let y = o.s.f;
    let z = o.g;
    println!("{} {}", y, z);
}

fn e3() {
    let o = O { s: S { f: String::from("a"), n: 0 }, g: String::from("b") };
    let s = o.s;
    take_s(s);
}

fn e4() {
    let b = Box::new(S { f: String::from("a"), n: 0 });
    let y = b.f;
    println!("{}", y);
}

fn e5() {
    let x = S { f: String::from("a"), n: 0 };
    let y = x.f;
    println!("{} {}", y, x.f);
}

fn e6() {
    let x = S { f: String::from("a"), n: 0 };
    let c = move || -> String { return x.f; };
    println!("{}", c());
}

fn e7() {
    let x = S { f: String::from("a"), n: 0 };
    let p = &x;
    println!("{} {}", p.f, x.f.len());
}

fn main() {}
