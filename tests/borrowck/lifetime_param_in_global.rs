// A pointer parameter stored in a global outlives the caller's borrow.
static mut G: Option<&i32> = None;
fn set(p: &i32) {
    unsafe { G = Some(p); }
}
fn main() { let x = 1; set(&x); unsafe { println!("{}", *G.unwrap()); } }
