// Writing a map while ranging over it: the twin's `for (k, v) in &m` holds
// a shared borrow of m for the whole loop, so m.insert(..) inside is E0502
// at the write (rustc's primary span; a twin misaligned by its `use` line
// once made this look like a line difference).
fn main() { use std::collections::HashMap;
    let mut m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1])]);
    for (k, v) in &m {
        m.insert(k, v.clone());
    }
    println!("{}", m.len());
}
