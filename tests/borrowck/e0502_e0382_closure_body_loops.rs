// Inside a closure: ranging over a captured slice borrows it for the loop
// (append in it E0502, was accepted), an element borrow while appending,
// through a captured *mut, a captured field moved twice, a nested closure
// writing n while &n is live.
struct S {
    xs: Vec<i32>,
    n: i32,
}

fn use_ref(_p: &i32) {}

fn append_while_ranging() {
    let mut xs = vec![1];
    let mut c = || {
        for x in &xs {
            xs.push(*x);
        }
    };
    c();
}

fn elem_ref() {
    let mut xs = vec![1];
    let mut c = || {
        let p = &xs[0];
        xs.push(2);
        use_ref(p);
    };
    c();
}

fn field_via_ptr(s: &mut S) {
    let mut c = || {
        let p = &s.xs[0];
        s.xs.push(1);
        use_ref(p);
    };
    c();
}

fn move_then_use() {
    let s = S { xs: Vec::new(), n: 1 };
    let c = || {
        let t = s.xs;
        let u = s.xs;
        let _ = t.len() + u.len();
    };
    c();
}

fn call_inner() {
    let mut n = 0;
    let mut c = || {
        let mut inc = || { n += 1 };
        let r = &n;
        inc();
        use_ref(r);
    };
    c();
}

fn main() {}
