// A map of pointers holds the loans of the pointers stored in it, and a
// pointer read back out of it holds them again (HashMap<K, &V>).
fn main() {
    let mut x = 1;
    let mut pm: std::collections::HashMap<String, &i64> = std::collections::HashMap::new();
    pm.insert("a".to_string(), &x);
    x = 2;
    println!("{}", *pm["a"]);
    let mut y = 3;
    let mut qm: std::collections::HashMap<String, &i64> = std::collections::HashMap::new();
    qm.insert("b".to_string(), &y);
    let p = qm["b"];
    y = 4;
    println!("{}", *p);
    let mut rm: std::collections::HashMap<String, &i64> = std::collections::HashMap::new();
    {
        let z = 5;
        rm.insert("c".to_string(), &z);
    }
    println!("{}", *rm["c"]);
}
