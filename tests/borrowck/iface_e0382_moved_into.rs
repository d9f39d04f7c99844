// An interface holding a value owns it (Box<dyn Trait>): a non-Copy value
// converted to an interface is moved into it, wherever the interface goes.
// (gc only: the drop runtime does not box values into interfaces yet.)
trait Shower {
    fn show(&self) -> String;
}
struct Name {
    s: String,
}
impl Shower for Name { fn show(&self) -> String { self.s.clone() } }
struct Holder {
    v: Box<dyn Shower>,
}
fn take(_x: Box<dyn Shower>) {}
fn pair(n: Name) -> (Box<dyn Shower>, usize) {
    return (Box::new(n), n.s.len());
}
fn main() {
    let a = Name { s: "a".to_string() };
    let x: Box<dyn Shower> = Box::new(a);
    println!("{}", a.s);
    let b = Name { s: "b".to_string() };
    take(Box::new(b));
    println!("{}", b.s);
    let c = Name { s: "c".to_string() };
    let xs: Vec<Box<dyn Shower>> = vec![Box::new(c)];
    println!("{} {}", c.s, xs.len());
    let d = Name { s: "d".to_string() };
    let mut m: std::collections::HashMap<String, Box<dyn Shower>> = std::collections::HashMap::new();
    m.insert("k".to_string(), Box::new(d));
    println!("{} {}", d.s, m.len());
    let e = Name { s: "e".to_string() };
    let h = Holder { v: Box::new(e) };
    println!("{} {}", e.s, h.v.show());
    let y = x;
    println!("{} {}", x.show(), y.show());
}
