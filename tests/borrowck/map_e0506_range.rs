// While a range over a map is live, the map and what its values point to
// are borrowed: assigning either is E0506 (`for p in pm.values()`).
fn main() {
    let mut y = 1;
    let pm: std::collections::HashMap<String, &i64> = [("a".to_string(), &y)].into_iter().collect();
    for p in pm.values() {
        y = 2;
        println!("{}", *p);
    }
    let mut m: std::collections::HashMap<String, i64> = [("a".to_string(), 1)].into_iter().collect();
    for k in m.keys() {
        m = std::collections::HashMap::new();
        println!("{}", k);
    }
}
