// More closure values that are not Copy or may run again: a method value
// of a `*mut` method holds `&mut c`, a closure writing a captured map
// holds `&mut m` (copies move them), `defer f()` moves f, and a variable
// holding a closure that moves a capture cannot be returned (E0525).
#![allow(unused)] struct C { n: i32 } struct D<F: FnOnce()>(Option<F>);
impl C { fn inc(&mut self) { self.n += 1; } } impl<F: FnOnce()> Drop for D<F> { fn drop(&mut self) { (self.0.take().unwrap())() } }
fn take(_v: Vec<String>) {}

fn method_value() {
    let mut c = C { n: 0 };
    let mut m = || c.inc();
    let mut g = m;
    m();
    g();
}
fn map_writer() {
    let mut mm = std::collections::HashMap::new();
    let mut f = || { mm.insert("a", 1); };
    let mut g = f;
    f();
    g();
}
fn defer_then_call() {
    let mut x = 0;
    let mut f = || { x += 1; };
    let _d = D(Some(f));
    f();
}
fn returns_local() -> Box<dyn FnMut()> {
    let y = vec![String::from("a")];
    let f = move || { take(y) };
    return Box::new(f);
}

fn main() {}
