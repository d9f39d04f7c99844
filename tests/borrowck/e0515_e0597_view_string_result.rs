// A function whose string result may be a view of its argument (a slice
// of `*p`, the parameter itself, on some path) lends that argument to the
// result, as the twin `fn tail<'a>(p: &'a String) -> &'a str` does: the
// result may not outlive it. One whose result is always new does not
// (ok_fresh_string_result).
use std::borrow::Cow;

fn tail<'a>(p: &'a String) -> &'a str {
    &p[1..]
}
fn id<'a>(x: &'a str) -> &'a str {
    x
}
fn pick<'a>(x: &'a str, n: usize) -> Cow<'a, str> {
    if n > 0 {
        return Cow::Owned(x.to_uppercase());
    }
    Cow::Borrowed(x)
}
fn ids<'a>(xs: Vec<String>) -> Vec<&'a str> {
    let mut out = Vec::new();
    for x in &xs {
        out.push(id(x));
    }
    out
}
fn picks<'a>(xs: Vec<String>) -> Vec<Cow<'a, str>> {
    let mut out = Vec::new();
    for x in &xs {
        out.push(pick(x, out.len()));
    }
    out
}
fn main() {
    let keep;
    {
        let s = "ab".repeat(2);
        keep = tail(&s);
    }
    println!("{}", keep);
    let mut last = "";
    {
        let vs = vec!["c".repeat(2)];
        for v in &vs {
            last = id(v);
        }
    }
    println!("{} {} {}", last, ids(vec!["x".to_string()]).len(), picks(vec!["y".to_string()]).len());
}
