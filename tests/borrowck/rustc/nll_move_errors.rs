// After rust-lang/rust tests/ui/nll/move-errors.rs (the cases without
// patterns): a String cannot be moved out of a borrow (E0507) or out of an
// array element (E0508).
struct A {
    s: String,
}

fn use_(_a: A) {}

fn suggest_remove_deref() {
    let a = &A { s: String::new() };
    let b = *a;
    use_(b);
}

fn suggest_borrow() {
    let a = [A { s: String::new() }];
    let b = a[0];
    use_(b);
}

fn suggest_borrow2() {
    let mut a = A { s: String::new() };
    let m = &mut a;
    let r = &m;
    let s = **r;
    use_(s);
}

fn main() {
    suggest_remove_deref();
    suggest_borrow();
    suggest_borrow2();
}
