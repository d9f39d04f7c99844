// A non-Copy range value passed to a function is lent (w is a &V: the twin
// passes a reborrow to a &str / &[T] parameter), so it may be passed again
// (was E0382); it runs clean under --runtime=drop --asan.
fn use_one(a: &str) -> i32 { a.len() as i32 }
fn use_s(a: &[i32]) -> i32 { a.len() as i32 + a[0] }

fn main() {
    let words = vec!["ab".to_string() + "c", "de".to_string() + "f"];
    let mut n = 0;
    for w in &words {
        n += use_one(w);
        n += use_one(w);
    }
    let vs = vec![vec![1, 2], vec![3]];
    for v in &vs {
        n += use_s(v);
        n += use_s(v);
    }
    let m: std::collections::HashMap<String, Vec<i32>> = [("a".to_string(), vec![4])].into_iter().collect();
    for (_, v) in &m {
        n += use_s(v);
        n += use_s(v);
    }
    println!("{} {} {} {}", n, words[0], vs[0][1], m["a"][0]);
}
