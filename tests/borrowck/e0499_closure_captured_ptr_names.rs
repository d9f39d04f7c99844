// Inside a closure, a place through a captured pointer x is named as
// rustc names it: `*x` for the pointee, `*x.n` (not `x.n`) for a field,
// `**x.r` for a Box field's pointee; a captured struct is `f.n`.
struct G { b: i32 }
struct F { n: i32, g: G, r: Box<i32> }

fn deep(x: &mut F) {
    let mut c = || {
        let a = &mut x.g.b;
        let b = &mut x.g.b;
        *a = 1;
        *b = 2;
    };
    c();
}

fn shared(x: &mut F) {
    let mut c = || {
        let a = &x.n;
        let b = &mut x.n;
        *b = 1;
        println!("{}", a);
    };
    c();
}

fn boxed(x: &mut F) {
    let mut c = || {
        let a = &mut *x.r;
        let b = &mut *x.r;
        *a = 1;
        *b = 2;
    };
    c();
}

fn local_struct() {
    let mut f = F { n: 1, g: G { b: 2 }, r: Box::new(3) };
    let mut c = || {
        let a = &mut f.n;
        let b = &mut f.n;
        *a = 1;
        *b = 2;
    };
    c();
}

fn write_while(x: &mut F) {
    let mut c = || {
        let a = &x.n;
        x.n = 3;
        println!("{}", a);
    };
    c();
}

fn set(p: &mut i32) { *p = 1; }

fn twice() {
    let mut v = 5;
    let x = &mut v;
    let mut c = || {
        let a = &mut *x;
        let b = &mut *x;
        *a = 1;
        *b = 2;
    };
    c();
}

fn calls() {
    let mut v = 5;
    let x = &mut v;
    let mut c = || {
        let a = &mut *x;
        set(x);
        *a = 1;
    };
    c();
}
fn main() {}
