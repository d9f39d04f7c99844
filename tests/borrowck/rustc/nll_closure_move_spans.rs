// After rust-lang/rust tests/ui/nll/closure-move-spans.rs: a closure
// that moves a captured string out takes it: x is moved when the
// closure is made.
fn take(_s: String) {}

fn move_after_move(x: String) {
    let f = || { take(x) };
    let y = x;
    f();
    take(y);
}

fn borrow_after_move(x: String) {
    let f = || { take(x) };
    let y = &x;
    f();
    println!("{}", *y);
}

fn borrow_mut_after_move(mut x: String) {
    let f = || { take(x) };
    let y = &mut x;
    f();
    *y = String::new();
}

fn main() {}
