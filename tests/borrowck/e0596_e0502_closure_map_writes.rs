// A closure writing into a captured map borrows it mutably (the twin's
// insert/remove: FnMut): E0502 inside a range over it, E0500 while a field
// map is borrowed; through a captured *T it is E0596 at the closure, naming
// the capture (not the closure's environment).
struct Foo {
    n: std::collections::HashMap<i32, bool>,
}

fn shared(f: &Foo) {
    let mut c = |a: i32| {
        f.n.insert(a, true);
    };
    c(1);
}

fn mutable(g: &mut Foo) {
    let mut d = |a: i32| {
        g.n.insert(a, true);
    };
    d(1);
}

fn in_loop() {
    let mut m: std::collections::HashMap<i32, bool> = std::collections::HashMap::new();
    for (k, _) in &m {
        let mut c = || { m.insert(k + 1, true); };
        c();
    }
}

fn while_borrowed(f: &mut Foo) {
    let r = &f.n;
    let mut c = || { f.n.remove(&1); };
    c();
    let _ = r.len();
}

fn main() {}
