// After rust-lang/rust tests/ui/nll/issue-30104.rs (box_two_field, a
// struct for the tuple): `&mut (*v).a` and `&mut (*v).b` through a `*mut
// Box[Pair]` are disjoint (accepted, run).
struct Pair {
    a: i32,
    b: i32,
}

fn box_two_field(v: &mut Box<Pair>) {
    let x = &mut (*v).a;
    let y = &mut (*v).b;
    *x += 1;
    *y += 2;
}

fn main() {
    let mut p = Box::new(Pair { a: 1, b: 2 });
    box_two_field(&mut p);
    println!("{} {}", p.a, p.b);
}
