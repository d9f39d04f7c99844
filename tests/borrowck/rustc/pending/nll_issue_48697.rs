// After rust-lang/rust tests/ui/nll/issue-48697.rs (a typed closure: the
// twin annotates `|y: &i32| -> &i32`): a closure returning its pointer
// parameter.
fn foo(x: &i32) -> &i32 {
    let z = 4;
    let f = |y: &i32| -> &i32 { return y; };
    let k = f(&z);
    println!("{}", *k);
    return f(x);
}

fn main() {}
