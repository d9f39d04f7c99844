// A closure that moves what it captures owns it (Rust's by-value capture,
// FnOnce): called once, it frees it; the variable, assigned again, owns
// a new value. Runs leak-free under --runtime=drop.
fn take(s: String) { println!("{}", s); }

fn main() {
    let mut x = String::from("a");
    x = x + "b";
    let f = || { take(x) };
    f();
    x = String::from("c");
    x = x + "d";
    println!("{}", x);
}
