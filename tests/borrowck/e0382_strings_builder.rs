// strings.Builder is an owned value under --borrowck: moving it out and using it again is E0382.
use std::fmt::Write;

fn main() {
    let mut sb = String::new();
    sb.write_str("x").unwrap();
    let other = sb;
    println!("{} {}", sb.len(), other.len());
}
