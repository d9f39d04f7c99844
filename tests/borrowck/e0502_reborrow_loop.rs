// A mutable reborrow kept across a loop, a shared one taken inside it.
fn borrow(p: &i32) -> i32 { *p }
fn main() {
    let mut v = Box::new(1);
    let x = &mut *v;
    let mut i = 0;
    while i < 3 {
        println!("{}", borrow(&*v));
        *x = i;
        i += 1; }
}
