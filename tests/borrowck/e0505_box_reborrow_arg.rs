// Moving a Box into a call while an argument before it borrows its contents.
fn add(p: &i32, b: Box<i32>) -> i32 { *p + *b }
fn main() {
    let a = Box::new(1);
    println!("{}", add(&*a, a));
}
