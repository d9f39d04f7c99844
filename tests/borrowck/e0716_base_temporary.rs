// A value a place is projected from, not kept by its statement, is a
// temporary dropped at the statement's end: `&*mkbox()`, `&mks()[0]`,
// `&mkfoo().x`, `mks()[1:]` (Rust's `&mks()[1..]`), a borrow passed
// through a call, a Box receiver's reborrow. Used later: E0716.
struct Foo { x: i64 }

fn mkbox() -> Box<i64> { Box::new(7) }
fn mks() -> Vec<i64> { vec![1, 2] }
fn mkfoo() -> Box<Foo> { Box::new(Foo { x: 3 }) }
fn id(p: &i64) -> &i64 { p }

fn main() {
    let mut q: &i64;
    q = &*mkbox();
    println!("{}", *q);
    q = &mks()[0];
    println!("{}", *q);
    q = &mkfoo().x;
    println!("{}", *q);
    let t: &[i64];
    t = &mks()[1..];
    println!("{}", t[0]);
    q = &Box::new(Foo { x: 4 }).x;
    println!("{}", *q);
    let w = id(&*Box::new(6));
    println!("{}", *w);
    let y = Box::new(Foo { x: 1 }).xp();
    *y = 2;
}

impl Foo { fn xp(&mut self) -> &mut i64 { &mut self.x } }

fn ret(_p: &i64) -> &i64 { &*Box::new(1) }

fn lp() -> usize {
    let mut ps: Vec<&i64> = vec![];
    for i in 0..2 {
        let p = &*Box::new(i);
        ps.push(p);
    }
    ps.len()
}
