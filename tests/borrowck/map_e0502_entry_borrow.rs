// m[k] of a non-Copy value is a reference into the map (HashMap's Index,
// `get`): ranging over an inner map, or keeping the value of `v, ok :=
// m[k]`, borrows m until its last use, so a write to m meanwhile is E0502.
// A method called on m[k] only borrows the entry (no E0507).
trait Shower {
    fn show(&self) -> String;
}
struct Name {
    s: String,
}
impl Shower for Name { fn show(&self) -> String { self.s.clone() } }
fn main() {
    let mut mm: std::collections::HashMap<String, std::collections::HashMap<String, i64>> = std::collections::HashMap::new();
    mm.insert("a".to_string(), [("z".to_string(), 1)].into_iter().collect());
    for k in mm["a"].keys() {
        mm.insert("b".to_string(), std::collections::HashMap::new());
        println!("{}", k);
    }
    let mut sm: std::collections::HashMap<String, String> = [("a".to_string(), "x".to_string())].into_iter().collect();
    let (u, ok) = match sm.get("a") { Some(u) => (u, true), None => (&String::new(), false) };
    sm.remove("a");
    println!("{} {}", u, ok);
    let mut im: std::collections::HashMap<String, Box<dyn Shower>> = std::collections::HashMap::new();
    im.insert("k".to_string(), Box::new(Name { s: "n".to_string() }));
    println!("{} {}", im["k"].show(), sm["a"].len());
}
