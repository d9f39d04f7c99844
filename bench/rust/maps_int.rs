use std::collections::HashMap;

fn main() {
    let n: i64 = 1_000_000;
    let mut m: HashMap<i64, i64> = HashMap::new();
    for i in 0..n {
        m.insert(i * 7919 % 10_000_019, i);
    }
    let mut sum: i64 = 0;
    for r in 0..3 {
        for i in 0..n {
            sum += m.get(&((i + r) * 7919 % 10_000_019)).copied().unwrap_or(0);
        }
    }
    let mut i = 0;
    while i < n {
        m.remove(&(i * 7919 % 10_000_019));
        i += 2;
    }
    for i in 0..n {
        *m.entry(i * 31 + 5).or_insert(0) += i;
    }
    println!("{}", sum + m.len() as i64);
}
