// Re-initialising a moved field makes the whole struct usable again.
struct P {
    a: String,
    b: String,
}
fn take(s: String) { println!("{}", s) }
fn show(p: P) { println!("{} {}", p.a, p.b) }
fn main() {
    let mut p = P { a: String::from("x"), b: String::from("y") };
    take(p.a);
    p.a = String::from("z");
    show(p);
    let mut q = P { a: String::from("x"), b: String::from("y") };
    let old = q.a;
    q.a = old + "y";
    show(q);
}
