// After rust-lang/rust tests/ui/borrowck/issue-45983.rs (a `*int` for the
// Option): a closure argument's `*int` parameter stored in a captured
// variable escapes the closure (rustc: E0521).
fn give_any<F: FnOnce(&i32)>(f: F) {
    let n = 0;
    f(&n);
}

fn main() {
    let mut x: Option<&i32> = None;
    give_any(|y: &i32| { x = Some(y); });
    println!("{}", x.is_some());
}
