// After rust-lang/rust tests/ui/nll/issue-40510-1.rs: a closure that
// returns `&mut x` of a captured x lets the borrow escape its body
// (rustc: an error without a code, "captured variable cannot escape").
fn f() {
    let mut x = Box::new(0);

    let mut g = || -> &mut Box<i32> {
        return &mut x;
    };
    g();
}

fn main() {}
