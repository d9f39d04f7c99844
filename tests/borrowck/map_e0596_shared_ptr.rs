// Inserting into or deleting from a map behind a shared `*T` is E0596
// (`p.insert(..)` with p: &HashMap); a `*mut map[K]V` may write.
fn add(p: &std::collections::HashMap<String, i64>) {
    p.insert("a".to_string(), 1);
    p.remove("b");
}
fn add_mut(p: &mut std::collections::HashMap<String, i64>) {
    p.insert("a".to_string(), 1);
}
fn main() {
    let mut m: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    add(&m);
    add_mut(&mut m);
    println!("{}", m.len());
}
