// After rust-lang/rust tests/ui/borrowck/borrowck-borrow-from-owned-ptr.rs
// (no patterns; ML0 has no immutable locals): fields reached through an
// owned Box are places of their own, as for a local struct; a field and
// the struct holding it (or all of *foo) overlap.
#[derive(Default)] struct Bar {
    int1: i32,
    int2: i32,
}
#[derive(Default)]
struct Foo {
    bar1: Bar,
    bar2: Bar,
}

fn make_foo() -> Box<Foo> { return Box::new(Foo::default()); }

fn borrow_same_field_twice_mut_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar1;
    println!("{} {}", bar1.int1, bar2.int1);
}

fn borrow_same_field_twice_mut_imm() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &foo.bar1;
    println!("{} {}", bar1.int1, bar2.int1);
}

fn borrow_same_field_twice_imm_mut() {
    let mut foo = make_foo();
    let bar1 = &foo.bar1;
    let bar2 = &mut foo.bar1;
    println!("{} {}", bar1.int1, bar2.int1);
}

fn borrow_same_field_twice_imm_imm() {
    let foo = make_foo();
    let bar1 = &foo.bar1;
    let bar2 = &foo.bar1;
    println!("{} {}", bar1.int1, bar2.int1);
}

fn borrow_both_fields_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar2;
    println!("{} {}", bar1.int1, bar2.int1);
}

fn borrow_mut_and_base_imm() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1.int1;
    let foo1 = &foo.bar1;
    let foo2 = &*foo;
    println!("{} {} {}", *bar1, foo1.int1, foo2.bar1.int1);
}

fn borrow_mut_and_base_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1.int1;
    let foo1 = &mut foo.bar1;
    println!("{} {}", *bar1, foo1.int1);
}

fn borrow_mut_and_base_mut2() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1.int1;
    let foo2 = &mut *foo;
    println!("{} {}", *bar1, foo2.bar1.int1);
}

fn borrow_imm_and_base_mut() {
    let mut foo = make_foo();
    let bar1 = &foo.bar1.int1;
    let foo1 = &mut foo.bar1;
    println!("{} {}", *bar1, foo1.int1);
}

fn borrow_imm_and_base_mut2() {
    let mut foo = make_foo();
    let bar1 = &foo.bar1.int1;
    let foo2 = &mut *foo;
    println!("{} {}", *bar1, foo2.bar1.int1);
}

fn borrow_imm_and_base_imm() {
    let foo = make_foo();
    let bar1 = &foo.bar1.int1;
    let foo1 = &foo.bar1;
    let foo2 = &*foo;
    println!("{} {} {}", *bar1, foo1.int1, foo2.bar1.int1);
}

fn borrow_long_path_both_mut() {
    let mut foo = make_foo();
    let bar1 = &mut foo.bar1.int1;
    let foo1 = &mut foo.bar2.int2;
    println!("{} {}", *bar1, *foo1);
}

fn main() {}
