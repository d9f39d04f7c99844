// A closure that writes through a captured `*mut` x holds a reborrow of
// *x (rustc's unique borrow), not x: x may die before the closure, as
// long as what x borrowed (z) lives on. The environment holds a copy of x.
fn main() {
    let mut z = 1;
    let mut f;
    {
        let x = &mut z;
        f = || { *x = 7; };
    }
    f();
    println!("{}", z);
}
