// A map is an owner (HashMap): passing it moves it, and moving it while
// a loop ranges over it is E0505 (and E0382 on the next iteration).
fn take(_m: std::collections::HashMap<String, i64>) {}
fn main() {
    let m: std::collections::HashMap<String, i64> = [("a".to_string(), 1)].into_iter().collect();
    for k in m.keys() {
        take(m);
        println!("{}", k);
    }
}
