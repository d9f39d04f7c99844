// A write (E0594) or a mutable borrow (E0596) through a shared *T anywhere
// in the place, also inside a closure and after a *mut: rustc's rule.
fn set(x: &mut i32) { *x = 1; }

fn inner(s: &mut &i32) {
    **s = 1;
}

fn in_closure(x: &i32) {
    let mut c = || { *x = 2; };
    c();
}

fn borrow_inner(s: &mut &i32) {
    set(&mut **s);
}

fn fine(s: &mut &mut i32, x: &mut i32) {
    **s = 1;
    let mut c = || { *x = 2; };
    c();
    set(&mut **s);
}

fn main() {}
