// After rust-lang/rust
// tests/ui/borrowck/borrowck-borrow-mut-base-ptr-in-aliasable-loc.rs: a
// *mut reached through a shared pointer cannot be written through.
fn use_(_p: &i32) {}

fn foo(t0: &mut i32) {
    let p = &*t0;
    let q = &t0;
    **q = 22;
    use_(p);
}

fn main() {
    let mut x = 1;
    foo(&mut x);
}
