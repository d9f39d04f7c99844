// Results are a Rust tuple: destructuring moves each owned part out, and
// a moved Box cannot be used again (rustc: E0382).
fn pair() -> (Box<i64>, i64) {
    return (Box::new(7), 2);
}

fn main() {
    let (b, n) = pair();
    let c = b;
    println!("{} {}", *c, n);
    println!("{}", *b);
}
