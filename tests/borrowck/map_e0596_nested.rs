// Maps of maps: m[a] is HashMap's Index, a shared reference, so writing
// into the inner map through it is E0596 (rustc's `mm[&a].insert(..)`),
// taking the inner map out is E0507; reading through both is fine.
fn main() {
    let mut mm: std::collections::HashMap<String, std::collections::HashMap<String, i64>> = std::collections::HashMap::new();
    mm.insert("a".to_string(), std::collections::HashMap::new());
    mm["a"].insert("b".to_string(), 1);
    mm["a"].remove("b");
    println!("{} {}", mm["a"]["b"], mm["a"].len());
    let inner = mm["a"];
    println!("{}", inner.len());
}
