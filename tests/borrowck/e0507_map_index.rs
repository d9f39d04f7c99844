// Moving a string out of a map entry: HashMap's index gives a reference.
fn main() {
    let m: std::collections::HashMap<String, String> = [(String::from("a"), String::from("x"))].into_iter().collect();
    let s = m["a"];
    println!("{} {}", s, m["a"].len());
    println!("{}", m["a"]);
}
