// A closure that may run again moving a field of a captured struct with a
// drop() method: the move is out of a captured variable of an `FnMut`
// closure (E0507), as rustc says; no E0509 besides (clos seeds 55, 172).
// A closure held in a variable and only called owns the struct: E0509.
struct D {
    a: String,
    n: i32,
}
impl Drop for D { fn drop(&mut self) {} }
fn call_f(f: &mut dyn FnMut()) { f(); }
fn take_s(s: String) { println!("{}", s); }
fn main() {
    let d1 = D { a: String::from("a"), n: 1 };
    call_f(&mut || { take_s(d1.a); });
    let d2 = D { a: String::from("b"), n: 2 };
    let mut fs: Vec<Box<dyn FnMut() + '_>> = vec![];
    fs.push(Box::new(|| { take_s(d2.a); }));
    fs[0]();
    let d3 = D { a: String::from("c"), n: 3 };
    let f = || { take_s(d3.a); };
    f();
}
