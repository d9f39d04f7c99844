// After rust-lang/rust tests/ui/borrowck/borrowck-closures-two-imm.rs: any
// number of closures may read x, and x may be read meanwhile (accepted).
fn a() -> i32 {
    let x = 3;
    let c1 = || x * 4;
    let c2 = || x * 5;
    c1() * c2() * x
}

struct Foo {
    f: i32,
}

fn b() -> i32 {
    let x = Foo { f: 3 };
    let c1 = || x.f * 4;
    let c2 = || x.f * 5;
    c1() * c2() * x.f
}

fn main() {
    println!("{} {}", a(), b());
}
