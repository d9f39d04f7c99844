// Writing through a pointer while a reborrow of it is still used.
fn main() {
    let mut x = 1;
    let p = &mut x;
    let r = &*p;
    *p = 3;
    println!("{}", *r);
}
