// A borrow of a local stored in a global must live for the whole program.
static mut G: Option<&i32> = None;
fn main() {
    let b = 1;
    unsafe { G = Some(&b); }
    unsafe { println!("{}", *G.unwrap()); }
}
