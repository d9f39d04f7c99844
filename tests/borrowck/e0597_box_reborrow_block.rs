// A reborrow of a Box's contents kept after the Box's block ends.
fn main() {
    let r: &i32;
    {
        let b = Box::new(3);
        r = &*b;
    }
    println!("{}", *r);
}
