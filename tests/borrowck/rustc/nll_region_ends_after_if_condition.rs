// After rust-lang/rust tests/ui/nll/region-ends-after-if-condition.rs: a
// borrow used only in an if condition ends there, unless it is used after
// the if.
struct MyStruct {
    field: String,
}

fn push_str(s: &mut String, t: &str) { s.push_str(t); }
fn is_empty(s: &String) -> bool { s.is_empty() }
fn use_(_s: &String) {}

fn foo1() {
    let mut my_struct = MyStruct { field: String::new() };
    let value = &my_struct.field;
    if is_empty(value) {
        push_str(&mut my_struct.field, "Hello, world!");
    }
}

fn foo2() {
    let mut my_struct = MyStruct { field: String::new() };
    let value = &my_struct.field;
    if is_empty(value) {
        push_str(&mut my_struct.field, "Hello, world!");
    }
    use_(value);
}

fn main() {
    foo1();
    foo2();
}
