// After rust-lang/rust tests/ui/nll/issue-57989.rs: `*x = 0` through a
// `*int` parameter whose address is lent: E0594 and E0506 on one line.
fn use_(_p: &&i32) {}

fn f(x: &i32) {
    let g = &x;
    *x = 0;
    use_(g);
}

fn main() {}
