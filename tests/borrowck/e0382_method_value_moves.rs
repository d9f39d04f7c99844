// A method value of a value method moves its receiver into the closure (Rust's `move ||`).
struct Named {
    name: String,
}
impl Named {
fn show(self) -> String {
    self.name
} }

fn main() {
    let n = Named { name: "a".to_string() };
    let show = move || n.show();
    println!("{}", n.name);
    println!("{}", show());
}
