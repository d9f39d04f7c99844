// A func value may be called more than once (Rust's FnMut): a closure
// whose body moves a captured value out may run only once. Passed,
// stored or returned in place it is E0507 at the move; bound to a
// variable first, E0525 where it goes. Called in place, deferred, or a
// variable only called (or moved to another variable) is fine.
#![allow(unused)] struct S { f: Box<dyn FnMut()> }
struct D<F: FnOnce()>(Option<F>); impl<F: FnOnce()> Drop for D<F> { fn drop(&mut self) { (self.0.take().unwrap())() } }
fn call(f: &mut dyn FnMut()) { f() }
fn take(_v: Vec<String>) {}
fn take_b(_b: Box<String>) {}

fn box_arg() {
    let b = Box::new(String::from("s"));
    call(&mut || { take_b(b) });
}
fn box_deref() {
    let b = Box::new(String::from("s"));
    call(&mut || { let s = *b; println!("{}", s); });
}
fn in_slice() {
    let y = vec![String::from("a")];
    let mut fs: Vec<Box<dyn FnMut()>> = vec![Box::new(|| { take(y) })];
    fs[0]();
}
fn in_map() {
    let y = vec![String::from("a")];
    let mut m: std::collections::HashMap<&str, Box<dyn FnMut()>> = std::collections::HashMap::new();
    m.insert("a", Box::new(|| { take(y) }));
}
fn in_struct() {
    let y = vec![String::from("a")];
    let mut s = S { f: Box::new(|| { take(y) }) };
    (s.f)();
}
fn returned() -> Box<dyn FnMut()> {
    let y = vec![String::from("a")];
    return Box::new(move || { take(y) });
}
fn nested() {
    let y = vec![String::from("a")];
    call(&mut || { (|| { take(y) })() });
}
fn local_arg() {
    let y = vec![String::from("a")];
    let mut f = || { take(y) };
    call(&mut f);
}
fn in_place() {
    let y = vec![String::from("a")];
    (|| { take(y) })();
}
fn local_copy() {
    let y = vec![String::from("a")];
    let f = || { take(y) };
    let g = f;
    g();
}
fn deferred() {
    let y = vec![String::from("a")];
    let _d = D(Some(|| { take(y) }));
}

fn main() {}
