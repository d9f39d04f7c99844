// After rust-lang/rust tests/ui/borrowck/borrowck-scope-of-deref-issue-4666.rs:
// the pointer a method returns is borrowed only for the dereference that
// reads it, so the receiver may be set again right after (accepted, run).
struct Boxed {
    x: i32
}

impl Boxed { fn get(&self) -> &i32 {
    &self.x
}
fn set(&mut self, x: i32) {
    self.x = x;
} }

fn fun1() {
    let v: i32;
    let mut a_box = Boxed { x: 0 };
    a_box.set(22);
    v = *a_box.get();
    a_box.set(v + 1);
    println!("{}", *a_box.get());
}

fn fun2() {
    let mut a_box = Boxed { x: 0 };
    a_box.set(22);
    let v = *a_box.get();
    a_box.set(v + 1);
    println!("{}", *a_box.get());
}

fn main() {
    fun1();
    fun2();
}
