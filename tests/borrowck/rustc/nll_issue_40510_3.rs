// After rust-lang/rust tests/ui/nll/issue-40510-3.rs: a closure returning
// a closure that appends to a captured slice lets the borrow escape
// (rustc: "captured variable cannot escape `FnMut` closure body").
fn f() {
    let mut x: Vec<i32> = vec![];

    let mut g = || {
        return || {
            x.push(1)
        };
    };
    g();
}

fn main() {}
