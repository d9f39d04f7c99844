// Nested closures over captured variables: a nested closure writing a
// field behind a captured *mut, writing x while it is live, reading it;
// a closure returning a shared borrow of its capture is fine.
struct Foo {
    x: i32,
    y: i32,
}

fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}

fn byval_nested() {
    let this = &mut Foo { x: 1, y: 0 };
    let mut c = || {
        let r = &this.x;
        let mut d = || { this.x = 2 };
        d();
        use_ref(r);
    };
    c();
}

fn byval_nested_other() {
    let this = &mut Foo { x: 1, y: 0 };
    let mut c = || {
        let r = &this.y;
        let mut d = || { this.x = 2 };
        d();
        use_ref(r);
    };
    c();
}

fn live_inner() {
    let mut x = 0;
    let mut c = || {
        let mut d = || { x += 1 };
        x = 3;
        d();
    };
    c();
}

fn read_inner() {
    let mut x = 0;
    let mut c = || {
        let d = || -> i32 { return x };
        x = 3;
        let _ = d();
    };
    c();
}

fn ret_ref() {
    let x = 0;
    let c = || -> &i32 {
        return &x
    };
    let _ = c();
}

fn loop_closure() {
    let mut x = 0;
    let mut c = || {
        let mut rs: Vec<&i32> = Vec::new();
        for i in 0..3 {
            rs.push(&x);
            x = i;
        }
        let _ = rs;
    };
    c();
}

fn main() {}
