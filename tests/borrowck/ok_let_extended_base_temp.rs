// A `:=` keeps the temporary its value borrows (`p := &*box(3)`,
// `&mks()[0]`, `&mkfoo().x`, `mks()[1:]`, in a struct literal); values
// read out of a temporary and borrows that end in their statement are
// fine. Under --runtime=drop the temporaries live as long as p.
struct Foo { x: i64 }

impl Foo { fn get(&self) -> i64 { self.x } }

fn mkbox() -> Box<i64> { Box::new(7) }
fn mks() -> Vec<i64> { vec![1, 2] }
fn mkfoo() -> Box<Foo> { Box::new(Foo { x: 3 }) }
fn val(p: &i64) -> i64 { *p }

struct S<'a> { p: &'a i64 }

fn main() {
    let p = &*Box::new(3);
    let q = &mks()[0];
    let r = &mkfoo().x;
    let t = &mks()[1..];
    let u = S { p: &*Box::new(4) };
    println!("{} {} {} {} {}", *p, *q, *r, t[0], *u.p);
    let n = *mkbox();
    let k = mks()[0];
    let j = mkfoo().x;
    println!("{} {} {} {} {} {}", n, k, j, val(&*Box::new(5)), mkfoo().get(), mks()[1..].len());
    for i in 0..3 {
        let v = &*Box::new(i);
        println!("{}", *v);
    }
}
