// After rust-lang/rust tests/ui/borrowck/borrowck-report-with-custom-diagnostic.rs:
// shared while mutable (E0502), in a branch, and mutable twice (E0499)
// inside a closure body.
fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}

fn main() {
    let mut y = 1;
    let x = &mut y;
    let z = &y;
    use_ref(z);
    use_mut(x);
}

fn foo() {
    if true {
        let mut x = 1;
        let y = &x;
        let z = &mut x;
        use_mut(z);
        use_ref(y);
    }
}

fn bar() {
    let f = || {
        let mut x = 1;
        let y = &mut x;
        let z = &mut x;
        use_mut(z);
        use_mut(y);
    };
    f();
}
