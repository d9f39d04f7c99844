// Moving out of a Box (`takeS(*b)`, `s := *b`) moves its contents, `*b`:
// a later use of `*b` is E0382 (it was a false accept: under
// --runtime=drop the string was then used after it was given away), and
// assigning `*b` again makes it usable. A partial move names the moved
// field's type in a note, as rustc.
struct P {
    a: String,
    n: i64,
}
fn take_s(s: String) { println!("{}", s); }
fn take_p(p: P) { println!("{}", p.n); }
fn main() {
    let b3 = Box::new("x".to_string());
    take_s(*b3);
    println!("{}", *b3);
    let b5 = Box::new("y".to_string());
    let s = *b5;
    println!("{}", (*b5).len());
    println!("{}", s);
    let mut b6 = Box::new("z".to_string());
    take_s(*b6);
    *b6 = "w".to_string();
    println!("{}", *b6);
    let q = P { a: "b".to_string(), n: 2 };
    take_s(q.a);
    take_p(q);
}
