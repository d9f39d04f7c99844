// A string range value passed to a function is lent (w is a &String: the
// twin passes a reborrow to a &str parameter), so it may be passed again
// (was E0382); it runs clean under --runtime=drop --asan.
fn use_one(a: &str) -> i32 { a.len() as i32 }
fn use_two(a: &str) -> i32 { 2 * a.len() as i32 }

fn main() {
    let words = vec!["ab".to_string() + "c", "de".to_string() + "f"];
    let mut n = 0;
    for w in &words {
        n += use_one(w);
        n += use_two(w);
    }
    let m: std::collections::HashMap<String, String> = [("a".to_string(), "xy".to_string() + "z")].into_iter().collect();
    for (_, v) in &m {
        n += use_one(v);
        n += use_two(v);
    }
    println!("{} {} {}", n, words[0], m["a"]);
}
