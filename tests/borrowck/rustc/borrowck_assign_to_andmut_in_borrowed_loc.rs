// After rust-lang/rust tests/ui/borrowck/borrowck-assign-to-andmut-in-borrowed-loc.rs:
// a struct holding a `*mut int` reborrowed into another by a function:
// writing `*y.pointer` while the copy is live is E0503.
struct S<'a> {
    pointer: &'a mut i32
}

fn copy_borrowed_ptr<'a>(p: &'a mut S<'a>) -> S<'a> {
    return S { pointer: &mut *p.pointer };
}

fn main() {
    let mut x = 1;
    {
        let mut y = S { pointer: &mut x };
        let z = copy_borrowed_ptr(&mut y);
        *y.pointer += 1;
        *z.pointer += 1;
    }
}
