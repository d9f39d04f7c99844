use std::collections::HashMap;

fn main() {
    let n: usize = 1_000_000;
    let keys: Vec<String> = (0..n).map(|i| format!("key-{}", (i as i64) * 7919 % 10_000_019)).collect();
    let mut m: HashMap<String, i64> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        m.insert(k.clone(), i as i64);
    }
    let mut sum: i64 = 0;
    for r in 0..3 {
        for i in 0..n {
            sum += m.get(&keys[(i + r * 1000) % n]).copied().unwrap_or(0);
        }
    }
    let mut i = 0;
    while i < n {
        m.remove(&keys[i]);
        i += 2;
    }
    println!("{}", sum + m.len() as i64 + m.get("missing").copied().unwrap_or(0));
}
