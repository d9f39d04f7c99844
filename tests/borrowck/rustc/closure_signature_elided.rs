// Probe (session 14, for nll/issue-48697.rs): a function literal's pointer result takes its parameter's
// lifetime, as a `fn(&i32) -> &i32` (or `dyn Fn`) does; Rust's `|y: &i32| -> &i32` does not elide, ML0 does.
fn foo(x: &i32) -> &i32 {
    let z = 4;
    let f: fn(&i32) -> &i32 = |y| { return y; };
    let k = f(&z);
    println!("{}", *k);
    return f(x);
}

fn foo3(x: &i32) -> &i32 {
    let z = 4;
    let f: Box<dyn Fn(&i32) -> &i32> = Box::new(|y| { return y; });
    let k = f(&z);
    println!("{}", *k);
    return f(x);
}

fn bad(_x: &i32) -> &i32 {
    let z = 4;
    let f: fn(&i32) -> &i32 = |y| { return y; };
    return f(&z);
}

fn main() {}
