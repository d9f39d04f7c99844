// After rust-lang/rust tests/ui/borrowck/borrowck-insert-during-each.rs (a
// map for the HashSet): a *mut method given a closure that inserts into the
// receiver's map: E0501 at the call, E0500 at the closure (the receiver's
// reborrow is made before the closure, in rustc's order of evaluation).
struct Foo {
    n: std::collections::HashMap<i32, bool>,
}

impl Foo { fn foo<F: FnMut(&i32)>(&mut self, mut fun: F) {
    for (k, _) in &self.n {
        fun(k);
    }
} }

fn bar(f: &mut Foo) {
    f.foo(
        |a| {
            f.n.insert(*a, true);
        })
}

fn main() {}
