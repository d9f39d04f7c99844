// After rust-lang/rust tests/ui/nll/issue-51268.rs: a method borrowing
// self.thing mutably, given a closure that reads self.number: E0502 in
// edition 2018, but Rust 2021's closure captures only `self.number`, a
// place disjoint from `self.thing` (accepted, as rustc 2021 does).
struct Bar {
    n: i32,
}

impl Bar { fn bar(&mut self, f: impl Fn()) {} }

struct Foo {
    thing: Bar,
    number: i32,
}

impl Foo { fn foo(&mut self) {
    self.thing.bar(|| {
        let _ = &self.number;
    })
} }

fn main() {
    let mut f = Foo { thing: Bar { n: 0 }, number: 0 };
    f.foo();
    println!("{}", f.number);
}
