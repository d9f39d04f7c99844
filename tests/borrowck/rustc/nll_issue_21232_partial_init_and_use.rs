// After rust-lang/rust tests/ui/nll/issue-21232-partial-init-and-use.rs
// (the reinit cases but 1010; ML0 has no uninitialised locals or tuples):
// assigning a field of a moved struct, or of a moved field, is E0382.
struct S {
    x: i32,
    y: Box<i32>,
}

struct R {
    w: i32,
    f: S,
}

struct Q {
    v: i32,
    r: R,
}

fn new_s() -> S { return S { x: 0, y: Box::new(0) }; }
fn borrow_s(_s: &S) {}
fn move_s(_s: S) {}
fn borrow_field(_x: &i32) {}
fn drop(_s: S) {}
fn drop_r(_r: R) {}

fn test_0010_local_fully_reinit_and_use_struct() {
    let mut s = new_s();
    drop(s);
    s.x = 10;
    s.y = Box::new(20);
    borrow_field(&s.x);
    borrow_s(&s);
    move_s(s);
}

fn test_0110_local_partial_reinit_and_use_struct() {
    let mut s = new_s();
    drop(s);
    s.x = 10;
    borrow_field(&s.x);
}

fn test_1110_field_partial_reinit_and_use_struct() {
    let mut q = Q { v: 0, r: R { w: 0, f: new_s() } };
    drop_r(q.r);
    q.r.f.x = 10;
    borrow_field(&q.r.f.x);
}

fn main() {}
