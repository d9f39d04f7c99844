// `m[k] = append(m[k], x)` with the same map and key (a constant, or a
// variable nothing changes meanwhile) is Rust's
// `m.entry(k).or_default().push(x)`: one mutable borrow of m, the key
// moved once, no move out of `m[k]` (E0507) and no shared borrow of m.
// `append(m[k], xs...)` is `extend_from_slice(&xs)`.
fn main() { use std::collections::HashMap;
    let mut m: HashMap<String, Vec<i64>> = HashMap::new();
    m.entry("a".to_string()).or_default().push(1);
    m.entry("a".to_string()).or_default().push(2);
    m.entry("a".to_string()).or_default().push(3);
    for i in 0..5 {
        let k = "b".to_string();
        m.entry(k).or_default().push(i);
    }
    let xs: Vec<i64> = vec![7, 8];
    m.entry("a".to_string()).or_default().extend_from_slice(&xs);
    println!("{} {} {} {}", m["a"].len(), m["b"].len(), m["a"][4], m["b"][4]);
}
