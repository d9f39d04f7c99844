// A type assertion to a non-Copy type takes the value out of the
// interface, as Box<dyn Any>::downcast consumes the box; one to a Copy
// type only looks (downcast_ref), as does a method call (&self).
// (gc only: the drop runtime does not box values into interfaces yet.)
fn main() {
    let x: Box<dyn std::any::Any> = Box::new(String::from("hello"));
    let s = *x.downcast::<String>().unwrap();
    let t = *x.downcast::<String>().unwrap();
    println!("{} {}", s, t);
    let n: Box<dyn std::any::Any> = Box::new(5i64);
    println!("{} {}", n.downcast_ref::<i64>().unwrap(), n.downcast_ref::<i64>().unwrap());
    let y: Box<dyn std::any::Any> = Box::new(String::from("comma"));
    let (u, ok) = match y.downcast::<String>() { Ok(u) => (*u, true), Err(_) => (String::new(), false) };
    println!("{} {}", u, ok);
    let (v, ok2) = match y.downcast::<String>() { Ok(v) => (*v, true), Err(_) => (String::new(), false) };
    println!("{} {}", v, ok2);
    let z: Box<dyn std::any::Any> = Box::new(String::from("switch"));
    match z.downcast::<String>() {
        Ok(w) => {
            println!("{}", w)
        } Err(_) => {} }
    println!("{}", z.downcast_ref::<i64>().unwrap());
}
