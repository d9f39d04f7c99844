// sort.Sort and sort.Stable sort in place through the Interface's Swap: the
// twin is `sort_sort(&mut ys)` (and `&mut Ints(&mut xs)` for a converted
// slice), so a live `&xs[0]` is E0502 (was a false accept).
#![allow(unused)]
trait Interface { fn len(&self) -> usize; fn less(&self, i: usize, j: usize) -> bool; fn swap(&mut self, i: usize, j: usize); }
fn sort_sort(x: &mut dyn Interface) { for i in 1..x.len() { let mut j = i; while j > 0 && x.less(j, j - 1) { x.swap(j, j - 1); j -= 1; } } }
struct IntsRef<'a>(&'a mut Vec<i64>);
struct Ints(Vec<i64>);
impl Interface for IntsRef<'_> { fn len(&self) -> usize { self.0.len() } fn less(&self, i: usize, j: usize) -> bool { self.0[i] < self.0[j] } fn swap(&mut self, i: usize, j: usize) { self.0.swap(i, j) } }
impl Interface for Ints { fn len(&self) -> usize { self.0.len() } fn less(&self, i: usize, j: usize) -> bool { self.0[i] < self.0[j] } fn swap(&mut self, i: usize, j: usize) { self.0.swap(i, j) } }


fn main() {
    let mut xs: Vec<i64> = vec![3, 1, 2];
    let r = &xs[0];
    sort_sort(&mut IntsRef(&mut xs));
    println!("{}", *r);
    let mut ys = Ints(vec![3, 1, 2]);
    let q = &ys.0[0];
    sort_sort(&mut ys);
    println!("{}", *q);
}
