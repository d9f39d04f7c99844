// After rust-lang/rust tests/ui/nll/reference-carried-through-struct-field.rs:
// a mutable borrow stored in a struct field keeps x borrowed while the
// struct is used.
struct Wrap<'a> {
    w: &'a mut u32,
}

fn foo() {
    let mut x = 22;
    let wrapper = Wrap { w: &mut x };
    x += 1;
    *wrapper.w += 1;
}

fn main() {
    foo();
}
