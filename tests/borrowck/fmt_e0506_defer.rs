// `defer fmt.Println(a, b)` evaluates a and b at the defer and prints them
// when the function returns: its twin is a Drop guard whose closure
// borrows a and b until then (so the printed values are the same). Reading
// them meanwhile is fine; assigning (E0506), moving (E0505) or appending
// to (E0502) one of them is not.
#![allow(unused)]
struct Defer<F: FnMut()>(F); impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }


fn take(s: String) {}

fn defer_assign() {
    let mut a = String::from("a");
    let b: Vec<i64> = vec![1];
    let _d = Defer(|| println!("{} {:?}", a, b));
    println!("{} {:?} {}", a, b, b.len());
    a = String::from("c");
}

fn defer_move() {
    let s = String::from("s");
    let _d = Defer(|| print!("{}\n", s));
    take(s);
}

fn defer_append() {
    let mut xs: Vec<i64> = vec![1];
    let _d = Defer(|| println!("{:?}", xs));
    xs.push(2);
}

fn main() {}
