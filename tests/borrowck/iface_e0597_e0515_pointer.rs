// An interface holding a pointer is a borrow (&dyn Trait): it may not
// outlive what it points to, nor be returned pointing into the frame.
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
fn keep() -> &'static dyn Shower {
    let x = Num { n: 1 };
    return &x;
}
fn main() {
    let i: &dyn Shower;
    {
        let x = Num { n: 2 };
        i = &x;
    }
    println!("{} {}", i.show(), keep().show());
}
