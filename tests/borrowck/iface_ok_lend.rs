// Accepted: a method call through an interface borrows it (&self), an
// assertion to a Copy type or a type switch that binds only Copy values
// looks without taking (downcast_ref, is), and an interface that took a
// value may be used as long as the value itself is not. (gc only: the
// drop runtime does not box values into interfaces yet.)
trait Shower {
    fn show(&self) -> String;
}
struct Name {
    s: String,
}
impl Shower for Name { fn show(&self) -> String { self.s.clone() } }
fn twice(x: Box<dyn Shower>) -> String { return x.show() + &x.show() }
fn main() {
    let n = Name { s: "n".to_string() };
    let sh: Box<dyn Shower> = Box::new(n);
    println!("{} {} {}", sh.show(), sh.show(), twice(sh));
    let a: Box<dyn std::any::Any> = Box::new(5i64);
    println!("{} {}", a.downcast_ref::<i64>().unwrap(), a.downcast_ref::<i64>().unwrap());
    let (k, ok) = match a.downcast_ref::<i64>() { Some(k) => (*k, true), None => (0, false) };
    println!("{} {}", k, ok);
    if let Some(v) = a.downcast_ref::<i64>() {
        println!("int {}", v);
    } else if let Some(v) = a.downcast_ref::<bool>() {
        println!("bool {}", v);
    }
    if a.is::<String>() {
        println!("string");
    }
    println!("{}", a.downcast_ref::<i64>().unwrap() + 1);
    let b: Box<dyn std::any::Any> = Box::new(String::from("s"));
    let t = *b.downcast::<String>().unwrap();
    println!("{}", t);
}
