// Ranging over a map borrows it for the loop (`for (k, v) in &m`):
// inserting or deleting inside the loop is E0502. m[k] and len(m) borrow
// m (HashMap's Index, len): E0502 while m is mutably borrowed.
fn main() {
    let mut m: std::collections::HashMap<String, i64> = [("a".to_string(), 1)].into_iter().collect();
    for (k, v) in &m {
        m.insert("z".to_string(), *v);
        m.remove(k);
    }
    let p = &mut m;
    println!("{}", m["a"]);
    p.insert("b".to_string(), 2);
    let q = &mut m;
    println!("{}", m.len());
    q.remove("b");
}
