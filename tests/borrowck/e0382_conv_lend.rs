// A conversion between types of one underlying type (Ints(xs), string(n))
// is the same value: a library call that lends its operand lends x itself,
// as the twin's `sort_sort(&mut Ints(&mut xs))` and `n.0.to_uppercase()`
// do, so xs and n are still usable. Bound to a variable it moves, as
// `b := xs` does (the twin's owning newtype `Ints(xs)`).
#![allow(unused)]
trait Interface { fn len(&self) -> usize; fn less(&self, i: usize, j: usize) -> bool; fn swap(&mut self, i: usize, j: usize); }
fn sort_sort(x: &mut dyn Interface) { for i in 1..x.len() { let mut j = i; while j > 0 && x.less(j, j - 1) { x.swap(j, j - 1); j -= 1; } } }
fn is_sorted(x: &dyn Interface) -> bool { (1..x.len()).all(|i| !x.less(i, i - 1)) }
struct IntsRef<'a>(&'a mut Vec<i64>);
struct Ints(Vec<i64>);
impl Interface for IntsRef<'_> { fn len(&self) -> usize { self.0.len() } fn less(&self, i: usize, j: usize) -> bool { self.0[i] < self.0[j] } fn swap(&mut self, i: usize, j: usize) { self.0.swap(i, j) } }
impl Interface for Ints { fn len(&self) -> usize { self.0.len() } fn less(&self, i: usize, j: usize) -> bool { self.0[i] < self.0[j] } fn swap(&mut self, i: usize, j: usize) { self.0.swap(i, j) } }
struct Name(String);







fn main() {
    let mut xs: Vec<i64> = vec![3, 1, 2];
    sort_sort(&mut IntsRef(&mut xs));
    println!("{} {:?}", is_sorted(&IntsRef(&mut xs)), xs);
    println!("{:?} {}", xs, xs.len());
    let n = Name(String::from("ab"));
    println!("{} {}", n.0.to_uppercase(), n.0.repeat(2));
    println!("{} {}", n.0, n.0);
    let mut b = Ints(xs);
    sort_sort(&mut b);
    println!("{:?}", xs);
}
