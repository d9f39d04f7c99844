// After rust-lang/rust tests/ui/nll/guarantor-issue-46974.rs (fn foo):
// overwriting *s while a field of it is borrowed through a reborrow.
struct W {
    a: i32,
}

fn foo(s: &mut W) -> i32 {
    let t = &mut *s;
    let x = &t.a;
    *s = W { a: 2 };
    *x
}

fn main() {
    let mut w = W { a: 1 };
    println!("{}", foo(&mut w));
}
