// After rust-lang/rust tests/ui/borrowck/borrowck-uniq-via-ref.rs: shared
// borrows of Box contents through `*mut` and `*T` pointers, down nested
// fields (accepted, run).
struct Rec {
    f: Box<i32>,
}

struct Outer {
    f: Inner
}

struct Inner {
    g: Innermost
}

struct Innermost {
    h: Box<i32>,
}

fn borrow(v: &i32) { println!("{}", *v); }

fn box_mut(v: &mut Box<i32>) {
    borrow(&**v);
}

fn box_mut_rec(v: &mut Rec) {
    borrow(&*v.f);
}

fn box_mut_recs(v: &mut Outer) {
    borrow(&*v.f.g.h);
}

fn box_imm(v: &Box<i32>) {
    borrow(&**v);
}

fn box_imm_rec(v: &Rec) {
    borrow(&*v.f);
}

fn box_imm_recs(v: &Outer) {
    borrow(&*v.f.g.h);
}

fn main() {
    let mut b = Box::new(1);
    let mut r = Rec { f: Box::new(2) };
    let mut o = Outer { f: Inner { g: Innermost { h: Box::new(3) } } };
    box_mut(&mut b);
    box_mut_rec(&mut r);
    box_mut_recs(&mut o);
    box_imm(&b);
    box_imm_rec(&r);
    box_imm_recs(&o);
}
