// `m := &mut v[0]` after a closure moved v: the borrow is the use of the
// moved v (E0382 there), also when a closure captures m later (the
// capture of m is not a capture of v by reference). A closure moving out
// of a pointer it captures is E0507, as outside a closure.
fn take_s(s: String) { println!("{}", s); }
fn via_ptr(r: &Box<String>) {
    let f = || { take_s(**r); };
    f();
}
fn via_ref(r: &String) {
    (|| { take_s(*r); })();
}
fn main() {
    let mut v = vec![9];
    let f = || { let w = v; println!("{}", w.len()); };
    let m = &mut v[0];
    let mut g = || { *m = 3; };
    g();
    f();
    let bs = Box::new(String::from("d"));
    via_ptr(&bs);
    let s = String::from("e");
    via_ref(&s);
}
