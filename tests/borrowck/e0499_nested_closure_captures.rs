// A closure made in a closure body borrows what it captures from the
// outer closure's captures: a nested closure writing x while `&mut x` is
// held is E0499, reading it E0502; moves of captured fields in the body.
struct P {
    a: i32,
    s: Vec<i32>,
    t: Vec<i32>,
}

fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}
fn use_s(_s: Vec<i32>) {}

fn nested_write() {
    let mut x = 0;
    let mut c = || {
        let r = &mut x;
        let mut d = || { x = 1 };
        d();
        *r = 2;
    };
    c();
}

fn nested_read() {
    let mut x = 0;
    let mut c = || {
        let r = &mut x;
        let d = || { use_ref(&x) };
        d();
        *r = 2;
    };
    c();
}

fn calls_closure() {
    let mut x = 0;
    let mut inc = || { x += 1 };
    let mut c = || {
        inc();
        inc();
    };
    c();
    let r = &x;
    c();
    use_ref(r);
}

fn move_fields() {
    let p = P { a: 1, s: Vec::new(), t: Vec::new() };
    let c = || {
        use_s(p.s);
        use_s(p.t);
        use_s(p.s);
    };
    c();
}

fn move_borrowed() {
    let p = P { a: 1, s: Vec::new(), t: Vec::new() };
    let c = || {
        let r = &p.s;
        use_s(p.s);
        let _ = r.len();
    };
    c();
}

fn write_in_loop() {
    let mut x = 0;
    let mut c = || {
        let mut ps: Vec<&mut i32> = Vec::new();
        for i in 0..2 {
            ps.push(&mut x);
        }
    };
    c();
}

fn main() {}
