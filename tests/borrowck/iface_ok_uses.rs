// Accepted: comparing an interface with nil, calling a method through an
// interface field (also behind a pointer), and ranging over a slice of
// interfaces only borrow them. (gc only: the drop runtime does not box
// values into interfaces yet.)
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
fn via_ptr(h: &Holder) -> String { return h.v.show() }
fn main() {
    let x: Option<Box<dyn std::any::Any>> = Some(Box::new(5i64));
    if x.is_some() {
        println!("{}", x.as_ref().unwrap().downcast_ref::<i64>().unwrap());
    }
    let h = Holder { v: Box::new(Name { s: "h".to_string() }) };
    println!("{} {} {}", h.v.show(), via_ptr(&h), h.v.show());
    let shs: Vec<Box<dyn Shower>> = vec![Box::new(Name { s: "a".to_string() }), Box::new(Name { s: "b".to_string() })];
    for s in &shs {
        println!("{}", s.show());
    }
    println!("{} {}", shs[0].show(), shs.len());
}
