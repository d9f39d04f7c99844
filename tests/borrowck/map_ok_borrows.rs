// The fixed versions of the map errors, accepted by --borrowck (and by
// rustc as HashMap code) and run leak-free under --runtime=drop: collect
// what the loop needs while ranging, write after the loop (the keys and
// values a range yields borrow the map, as `for (k, v) in &m`); use a
// pointer read from a map before assigning its referent; build an inner
// map, then store it.
fn main() {
    let mut m: std::collections::HashMap<String, i64> = [("a".to_string(), 1), ("b".to_string(), 2)].into_iter().collect();
    let mut total = 0;
    for (k, v) in &m {
        total += v * k.len() as i64;
    }
    m.insert("aa".to_string(), m["a"] * 10);
    m.insert("bb".to_string(), m["b"] * 10);
    m.remove("a");
    m.remove("b");
    println!("{} {} {} {}", total, m.len(), m["aa"], m["bb"]);
    let mut x = 1;
    let mut pm: std::collections::HashMap<String, &i64> = std::collections::HashMap::new();
    pm.insert("a".to_string(), &x);
    println!("{}", *pm["a"]);
    x = 2;
    println!("{}", x);
    let mut inner: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    inner.insert("b".to_string(), 3);
    let mut mm: std::collections::HashMap<String, std::collections::HashMap<String, i64>> = std::collections::HashMap::new();
    mm.insert("a".to_string(), inner);
    println!("{} {} {}", mm["a"]["b"], mm["a"].len(), mm.len());
    let p = &mut m;
    p.insert("c".to_string(), 4);
    println!("{} {}", m["c"], m.len());
}
