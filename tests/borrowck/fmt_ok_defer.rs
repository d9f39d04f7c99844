// A deferred fmt call borrows its operands until the function returns:
// reading them meanwhile is fine, and it prints what they were at the
// defer, since nothing may change them (Rust: a Drop guard's closure).
#![allow(unused)]
struct Defer<F: FnMut()>(F); impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }


struct P {
    name: String,
    tags: Vec<String>,
}

fn show(p: P) -> String {
    let _d = Defer(|| println!("shown {} {:?}", p.name, p.tags));
    println!("{} {}", p.name, p.tags.len());
    return format!("{}!", p.name);
}

fn countdown() {
    let mut ds: Vec<Defer<Box<dyn FnMut()>>> = Vec::new();
    for i in (1..=3).rev() {
        let c0 = i; ds.push(Defer(Box::new(move || println!("deferred {}", c0))));
    }
    println!("loop done");
}

fn main() {
    countdown();
    let s = String::from("a");
    let xs: Vec<i64> = vec![1, 2];
    let _d1 = Defer(|| println!("{} {:?}", s, xs));
    let _d2 = Defer(|| print!("{} {:?}\n", s, xs));
    println!("{} {} {}", s.len(), xs[0], show(P { name: String::from("p"), tags: vec![String::from("t")] }));
}
