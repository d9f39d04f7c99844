// After rust-lang/rust tests/ui/borrowck/borrowck-mut-uniq.rs (append for
// the swaps): `&mut *ints` and `&*ints` of a Box passed on, a closure
// argument called on each element through `*T` (accepted, run).
struct Ints {
    sum: Box<i32>,
    values: Vec<i32>,
}

fn add_int(x: &mut Ints, v: i32) {
    *x.sum += v;
    x.values.push(v);
}

fn iter_ints(x: &Ints, f: impl Fn(&i32) -> bool) -> bool {
    for i in 0..x.values.len() {
        if !f(&x.values[i]) {
            return false;
        }
    }
    return true;
}

fn main() {
    let mut ints = Box::new(Ints { sum: Box::new(0), values: vec![] });
    add_int(&mut *ints, 22);
    add_int(&mut *ints, 44);

    iter_ints(&*ints, |i: &i32| -> bool {
        println!("{}", *i);
        return true;
    });

    println!("{} {}", *ints.sum, ints.values.len());
}
