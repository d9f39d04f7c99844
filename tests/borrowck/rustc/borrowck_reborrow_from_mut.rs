// After rust-lang/rust tests/ui/borrowck/borrowck-reborrow-from-mut.rs:
// reborrows of fields through a *mut parameter conflict as the fields of
// a local do; a *T parameter cannot be reborrowed mutably (E0596).
struct Bar {
    int1: i32,
    int2: i32,
}

struct Foo {
    bar1: Bar,
    bar2: Bar,
}

fn use_mut(_b: &mut Bar) {}
fn use_ref(_b: &Bar) {}

fn borrow_same_field_twice_mut_mut(foo: &mut Foo) {
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar1;
    use_mut(bar1);
    use_mut(bar2);
}

fn borrow_same_field_twice_imm_mut(foo: &mut Foo) {
    let bar1 = &foo.bar1;
    let bar2 = &mut foo.bar1;
    use_ref(bar1);
    use_mut(bar2);
}

fn borrow_both_fields_mut(foo: &mut Foo) {
    let bar1 = &mut foo.bar1;
    let bar2 = &mut foo.bar2;
    use_mut(bar1);
    use_mut(bar2);
}

fn borrow_mut_from_imm(foo: &Foo) {
    let bar1 = &mut foo.bar1;
    use_mut(bar1);
}

fn main() {}
