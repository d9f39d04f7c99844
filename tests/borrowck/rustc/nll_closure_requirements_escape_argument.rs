// After rust-lang/rust tests/ui/nll/closure-requirements/escape-argument.rs
// (no `expect_sig`: the closure's parameters have unrelated lifetimes):
// storing the second argument through the first does not outlive it
// (rustc: "lifetime may not live long enough", no code).
fn deref(p: &i32) -> i32 { return *p; }

fn test() {
    let x = 44;
    let mut p = &x;
    {
        let y = 22;
        let mut closure = |p: &mut &i32, y: &i32| { *p = y; };
        closure(&mut p, &y);
    }

    deref(p);
}

fn main() {}
