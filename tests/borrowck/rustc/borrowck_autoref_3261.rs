// After rust-lang/rust tests/ui/borrowck/borrowck-autoref-3261.rs (a
// struct for the enum): `(&mut x).with(closure)` where the closure assigns
// x: the closure's mutable borrow of x is E0499 with the receiver's.
struct X {
    n: i32,
}

impl X { fn with<F>(&self, blk: F) where F: FnOnce(&i32) {
    blk(&self.n)
} }

fn main() {
    let mut x = X { n: 1 };
    (&mut x).with(
        |opt: &i32| {
            x = X { n: 0 };
            println!("{}", *opt);
        })
}
