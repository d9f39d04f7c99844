// A closure that moves a captured value out (`take(x)`) is Rust's FnOnce:
// making it moves x into it, and calling it consumes it, so a second call
// (or a call in a loop) is E0382 on the closure.
fn take(_s: String) {}

fn twice() {
    let x = String::from("a");
    let f = || { take(x) };
    f();
    f();
}

fn in_loop() {
    let x = String::from("a");
    let f = || { take(x) };
    for _i in 0..2 {
        f();
    }
}

fn reinit() {
    let mut x = String::from("a");
    let f = || { take(x) };
    f();
    x = String::from("b");
    println!("{}", x);
}

fn main() {}
