// A *mut argument before a closure argument of the same call is reborrowed
// before the closure is made: a closure writing through the captured
// pointer is E0500, the call E0501 (method or function); a closure only
// reading it is E0502 at the call.
struct Foo {
    n: std::collections::HashMap<i32, bool>,
}

impl Foo { fn foo<F: FnMut(&i32)>(&mut self, _fun: F) {} }
fn foo<F: FnMut(&i32)>(_s: &mut Foo, _fun: F) {}

fn m1(f: &mut Foo) {
    f.foo(|a| { f.n.insert(*a, true); })
}

fn m2(f: &mut Foo) {
    f.foo(|a| { let _ = f.n.len() + *a as usize; })
}

fn f1(f: &mut Foo) {
    foo(f, |a| { f.n.insert(*a, true); })
}

fn f2(f: &mut Foo) {
    foo(f, |a| { let _ = f.n.len() + *a as usize; })
}

fn m3(f: &mut Foo) {
    f.foo(|a| { let g = &mut *f; let _ = g.n.len() + *a as usize; })
}

fn main() {}
