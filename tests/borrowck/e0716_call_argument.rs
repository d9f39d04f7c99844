// A temporary borrowed by a call argument dies with the statement.
struct User { name: String }
fn name(u: &User) -> &String { &u.name }
fn main() {
    let s = String::from("Tom");
    let n = name(&User { name: s });
    println!("{}", *n);
}
