// After rust-lang/rust tests/ui/nll/closure-requirements/escape-upvar-ref.rs:
// a closure that stores `&y` of a block local in a captured outer
// reference, p used after the block: E0597.
fn deref(p: &i32) -> i32 { return *p; }

fn test() {
    let x = 44;
    let mut p = &x;
    {
        let y = 22;
        let mut closure = || { p = &y; };

        closure();
    }

    deref(p);
}

fn main() {}
