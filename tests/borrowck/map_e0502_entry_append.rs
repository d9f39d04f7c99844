// `m[k] = append(m[k], ...)` borrows m mutably at the store: appending
// `m[k]...` to itself, or storing while a pointer into m's slice is used,
// is E0502; with different keys it is an insert of a value moved out of
// `m[j]` (E0507).
fn self_() { use std::collections::HashMap;
    let mut m: HashMap<&str, Vec<i64>> = HashMap::new();
    m.entry("a").or_default().extend_from_slice(&m["a"]);
    println!("{}", m.len());
}
fn pointer() { use std::collections::HashMap;
    let mut m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1])]);
    let p = &m["a"][0];
    m.entry("a").or_default().push(1);
    println!("{}", *p);
}
fn main() {}
