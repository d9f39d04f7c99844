// After rust-lang/rust
// tests/ui/borrowck/borrowck-assign-to-andmut-in-aliasable-loc.rs: a *mut
// held in a struct reached through a shared pointer cannot be written
// through; through a *mut it can.
struct S<'a> {
    pointer: &'a mut i32,
}

fn a(s: &S) {
    *s.pointer += 1;
}

fn b(s: &mut S) {
    *s.pointer += 1;
}

fn c(s: & &mut i32) {
    **s += 1;
}

fn d(s: &mut &mut i32) {
    **s += 1;
}

fn main() {}
