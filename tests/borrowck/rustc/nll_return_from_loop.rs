// After rust-lang/rust tests/ui/nll/return_from_loop.rs: a `&mut` of a
// field used after a mutable use of the field in a loop is E0499; unused,
// it is no error.
struct MyStruct {
    field: Vec<String>
}

fn nll_fail() {
    let mut my = MyStruct { field: vec![String::from("Hello")] };

    let value = &mut my.field;
    loop {
        my.field.push(String::from("Hello, world!"));
        println!("{}", (*value).len());
        return;
    }
}

fn nll_ok() {
    let mut my = MyStruct { field: vec![String::from("Hello")] };

    let value = &mut my.field;
    let _ = value;
    loop {
        my.field.push(String::from("Hello, world!"));
        return;
    }
}

fn main() {
    nll_ok();
}
