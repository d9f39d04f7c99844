// After rust-lang/rust tests/ui/nll/closure-use-spans.rs: a borrow that
// a closure captures is used when the closure is called (and made).
fn use_as_borrow_capture(mut x: i32) {
    let y = &x;
    x = 0;
    let f = || *y;
    f();
}

fn use_as_borrow_mut_capture(mut x: i32) {
    let y = &mut x;
    x = 0;
    let mut f = || { *y = 1; };
    f();
}

fn use_as_borrow_capture_not_called(mut x: i32) {
    let y = &x;
    x = 0;
    let f = || *y;
    let _ = f;
}

fn main() {}
