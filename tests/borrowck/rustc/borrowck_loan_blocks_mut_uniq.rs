// After rust-lang/rust tests/ui/borrowck/borrowck-loan-blocks-mut-uniq.rs:
// `borrow(&*v, closure)` where the closure assigns the Box v: the
// closure's mutable borrow of v conflicts with `&*v`: E0502.
fn borrow<F>(v: &i32, f: F) where F: FnOnce(&i32) {
    f(v);
}

fn box_imm() {
    let mut v = Box::new(3);
    borrow(&*v,
        |w: &i32| {
            v = Box::new(4);
            println!("{} {}", *v, *w);
        });
}

fn main() {}
