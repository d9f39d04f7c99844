// After rust-lang/rust tests/ui/borrowck/borrowck-borrow-from-stack-variable.rs:
// fields of a local struct are borrowed separately; a field and the whole
// struct overlap.
struct Bar {
    int1: i32,
    int2: i32,
}

struct Foo {
    bar1: Bar,
    bar2: Bar,
}

fn make_foo() -> Foo { Foo { bar1: Bar { int1: 0, int2: 0 }, bar2: Bar { int1: 0, int2: 0 } } }
fn use_mut(_b: &mut Bar) {}
fn use_ref(_b: &Bar) {}
fn use_foo(_f: &mut Foo) {}

fn borrow_same_field_twice_mut_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar1;
    use_mut(bar1);
    use_mut(bar2);
}

fn borrow_same_field_twice_mut_imm() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &foo.bar1;
    use_mut(bar1);
    use_ref(bar2);
}

fn borrow_both_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar2;
    use_mut(bar1);
    use_mut(bar2);
}

fn borrow_var_and_field_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let foo2 = &mut foo;
    use_mut(bar1);
    use_foo(foo2);
}

fn borrow_field_and_inner_field() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let i = &foo.bar1.int1;
    use_mut(bar1);
    println!("{}", *i);
}

fn main() {}
