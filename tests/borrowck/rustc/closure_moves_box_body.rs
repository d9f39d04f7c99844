// A closure that owns a whole Box (it moves a field out of it) uses the
// other fields in its body; a second move of the same field is E0382 in
// the body; a Box behind a pointer cannot be moved out of (E0507); the
// Box moved whole after the closure moved it is E0382 at the move.
struct P {
    a: String,
    n: i32,
}
fn take_s(s: String) { println!("{}", s); }
fn take_b(b: Box<P>) { println!("{}", b.n); }
fn via_ptr(r: &Box<String>) {
    (|| { take_s(**r); })();
}
fn main() {
    let bp = Box::new(P { a: String::from("a"), n: 1 });
    let f = || { take_s(bp.a); println!("{}", bp.n); };
    f();
    let bq = Box::new(P { a: String::from("b"), n: 2 });
    let g = || { take_s(bq.a); println!("{}", bq.a); };
    g();
    let br = Box::new(P { a: String::from("c"), n: 3 });
    let h = || { take_s(br.a); };
    take_b(br);
    h();
    let bs = Box::new(String::from("d"));
    via_ptr(&bs);
}
