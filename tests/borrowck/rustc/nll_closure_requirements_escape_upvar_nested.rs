// After rust-lang/rust tests/ui/nll/closure-requirements/escape-upvar-nested.rs:
// the same through a closure called inside a closure: E0597.
fn deref(p: &i32) -> i32 { return *p; }

fn test() {
    let x = 44;
    let mut p = &x;
    {
        let y = 22;
        let mut closure = || {
            let mut closure1 = || { p = &y; };
            closure1();
        };
        closure();
    }

    deref(p);
}

fn main() {}
