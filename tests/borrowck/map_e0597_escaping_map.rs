// A map that outlives the function (a global's, or one reached through a
// pointer parameter) keeps the loans stored into it past the function:
// storing &local there is E0597, as `*q = &x` is.
use std::collections::HashMap;
fn keep(p: &mut HashMap<String, &i32>) {
    let x = 1;
    p.insert("a".to_string(), &x);
}
fn main() { let gm: &'static mut HashMap<String, &'static i32> = Box::leak(Box::new(HashMap::new()));
    let y = 2;
    gm.insert("y".to_string(), &y);
    let mut m: HashMap<String, &i32> = HashMap::new();
    keep(&mut m);
    println!("{} {}", *m["a"], *gm["y"]);
}
