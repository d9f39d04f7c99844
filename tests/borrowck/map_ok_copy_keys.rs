// The keys a range yields borrow the map; `k + ""` is a new string that
// borrows nothing (Rust's `k.clone()`), so keeping copies and deleting
// after the loop is fine, and runs leak-free under --runtime=drop.
fn main() {
    let mut m: std::collections::HashMap<String, i64> = [("a".to_string(), 1), ("b".to_string(), 2)].into_iter().collect();
    let mut keys: Vec<String> = vec![];
    for k in m.keys() {
        keys.push(k.clone() + "");
    }
    for k in &keys {
        m.remove(k);
    }
    println!("{} {}", keys.len(), m.len());
}
