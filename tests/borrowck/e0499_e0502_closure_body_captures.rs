// A closure body's own borrows of what it captures are checked against
// each other as a function's borrows of its locals: fields, loops, blocks,
// reads, a captured *mut parameter and a captured *mut local (rustc: E0502,
// E0506, E0503; before session 13 ml0c accepted them all).
struct P {
    a: i32,
    b: i32,
    s: Vec<i32>,
}

fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}
fn use_s(_s: Vec<i32>) {}

fn fields() {
    let mut p = P { a: 1, b: 2, s: Vec::new() };
    let mut c = || {
        let x = &mut p.a;
        let y = &mut p.b;
        *x = 1;
        *y = 2;
        let z = &p.a;
        let w = &mut p.a;
        *w = 3;
        use_ref(z);
    };
    c();
}

fn loops() {
    let mut x = 0;
    let mut c = || {
        let mut keep: &mut i32 = &mut 0;
        for i in 0..3 {
            if i == 1 {
                use_mut(keep);
            }
            keep = &mut x;
        }
        let r = &x;
        for i in 0..3 {
            x = i;
        }
        use_ref(r);
    };
    c();
}

fn blocks() {
    let mut x = 0;
    let mut c = || {
        let r: &i32;
        {
            r = &x;
        }
        x = 5;
        use_ref(r);
    };
    c();
}

fn reads() {
    let mut x = 0;
    let mut c = || {
        let r = &mut x;
        let y = x;
        *r = y;
    };
    c();
}

fn ptrs(q: &mut P) {
    let mut c = || {
        let r = &mut q.a;
        q.a = 3;
        *r = 1;
        let t = &q.b;
        q.b = 4;
        use_ref(t);
    };
    c();
}

fn byval() {
    let p = &mut P { a: 1, b: 0, s: Vec::new() };
    let mut c = || {
        let r = &p.a;
        p.a = 2;
        use_ref(r);
    };
    c();
}

fn main() { fields(); loops(); blocks(); reads(); ptrs(&mut P { a: 0, b: 0, s: Vec::new() }); byval() }
