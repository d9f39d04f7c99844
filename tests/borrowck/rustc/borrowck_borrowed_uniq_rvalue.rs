// After rust-lang/rust tests/ui/borrowck/borrowck-borrowed-uniq-rvalue.rs:
// a Box made in a statement that does not keep it is dropped at the
// statement's end, so a borrow of its contents stored anywhere else and
// used later is E0716; `p := &*box(3)` keeps it as long as p.
struct S<'a> { f: Option<&'a i64> }

fn main() {
    let mut m: std::collections::HashMap<i64, &i64> = std::collections::HashMap::new();
    m.insert(42, &*Box::new(1));
    println!("{}", *m[&42]);
    let q: &i64;
    q = &*Box::new(2);
    println!("{}", *q);
    let p = &*Box::new(3);
    println!("{}", *p);
    let mut s: Vec<&i64> = vec![&0];
    s[0] = &*Box::new(4);
    println!("{}", *s[0]);
    let mut x = S { f: None };
    x.f = Some(&*Box::new(5));
    println!("{}", *x.f.unwrap());
    let mut r: &i64 = &0;
    let pp = &mut r;
    *pp = &*Box::new(6);
    println!("{}", **pp);
}
