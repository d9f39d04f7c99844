// Moving a string out of a slice element.
fn main() {
    let v: Vec<String> = vec![String::from("a")];
    let s = v[0];
    println!("{}", s);
}
