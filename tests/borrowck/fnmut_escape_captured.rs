// A closure returning a mutable borrow of what it captures (x, or a field
// behind a captured *mut) is FnMut: the borrow cannot escape one call (rustc,
// no code); a shared borrow of a capture may be returned.
struct Foo {
    x: i32,
}

fn ret_mut() {
    let mut x = 0;
    let mut c = || -> &mut i32 {
        return &mut x
    };
    let _ = c();
}

fn ret_mut_field(this: &mut Foo) {
    let mut c = || -> &mut i32 {
        let p = &mut this.x;
        return p
    };
    let _ = c();
}

fn ret_shared(this: &mut Foo) {
    let c = || -> &i32 {
        return &this.x
    };
    let _ = c();
}

fn main() {}
