// A function whose string result is always a new string (concatenation,
// fmt.Sprintf, strings.ToUpper, a Builder's String()) borrows nothing
// from its arguments: the twin is `fn up(x: &str) -> String`, so the
// result may outlive what it was made from (was E0515: every string
// result was taken to borrow its arguments).
use std::fmt::Write;


fn up(x: &str) -> String {
    x.to_uppercase()
}
fn greet(x: &str) -> String {
    "hi ".to_string() + x
}
fn tag(x: &str, n: usize) -> String {
    format!("{}#{}", x, n)
}
fn joined(xs: Vec<String>) -> String {
    let mut sb = String::new();
    for x in &xs {
        sb.write_str(x).unwrap();
    }
    sb
}
fn ups(xs: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for x in &xs {
        out.push(up(x));
    }
    for x in &xs {
        out.push(tag(&greet(x), out.len()));
    }
    out
}
fn main() {
    let r = ups(vec!["a".to_string(), "b".to_string()]);
    let keep;
    {
        let parts = vec!["c".repeat(2), "d".to_string()];
        keep = joined(parts);
    }
    println!("{:?} {}", r, keep);
}
