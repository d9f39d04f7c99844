// A closure reading a string range value w captures `*w` (Rust 2021),
// a reborrow through the loop's `&`: it may be kept into the next
// iteration (was E0506, as it already was not for a slice value).
fn main() {
    let words = vec!["ab".to_string(), "cde".to_string()];
    let mut n = 0;
    let mut g: Option<Box<dyn Fn() -> usize>> = None;
    for w in &words {
        if let Some(f) = &g {
            n += f();
        }
        g = Some(Box::new(|| w.len()));
    }
    println!("{}", n);
}
