// After rust-lang/rust tests/ui/borrowck/two-phase-across-loop.rs: a
// `*mut` receiver's result kept in a slice across iterations borrows the
// receiver again while the first borrow is live: E0499.
struct Foo {
    x: String
}

impl Foo { fn get_string(&mut self) -> &String { &self.x } }

fn main() {
    let mut foo = Foo { x: String::from("Hello, world") };
    let mut strings: Vec<&String> = vec![];
    loop {
        strings.push(foo.get_string());
        if strings.len() > 2 { break; }
    }
    println!("{}", strings.len());
}
