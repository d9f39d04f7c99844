// Returning a reborrow of a local Box: the Box is freed at return.
fn copy_boxed(p: &i32) -> &i32 {
    let b = Box::new(*p);
    return &*b;
}
fn main() { let a = 4; println!("{}", *copy_boxed(&a)); }
