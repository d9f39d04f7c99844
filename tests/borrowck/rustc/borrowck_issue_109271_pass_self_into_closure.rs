// After rust-lang/rust tests/ui/borrowck/issue-109271-pass-self-into-closure.rs:
// a closure argument that uses the receiver of a `*mut` method: reading
// it E0502, calling a `*mut` method on it E0499.
struct S {
    n: i32,
}

impl S { fn call(&mut self, f: impl FnOnce(i32, &mut S)) {
    f(0, self);
} }

impl S { fn get(&self) {} }
impl S { fn set(&mut self) {} }

fn main() {
    let mut v = S { n: 0 };

    v.call(|_u: i32, _this: &mut S| { v.get() });
    v.call(|_u: i32, _this: &mut S| { v.set() });

    v.call(|_u: i32, _this: &mut S| {
        v.set();
        v.get();
    });
}
