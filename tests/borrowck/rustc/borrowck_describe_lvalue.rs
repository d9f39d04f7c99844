// After rust-lang/rust tests/ui/borrowck/borrowck-describe-lvalue.rs (the
// struct and closure-move cases; ML0 has no tuples, enums, unions or
// patterns): reading a place while it is mutably borrowed is E0503, named
// as rustc names it, also through a Box receiver (`f.xp()` is
// `Foo::xp(&mut *f)`), and so is assigning the Box while its contents are
// borrowed (E0506); a closure's body moving a capture twice is E0382;
// borrowing a captured x mutably twice in a closure body (also a nested
// one) is E0499.
struct Foo {
    x: i32
}

impl Foo { fn xp(&mut self) -> &mut i32 { &mut self.x } }

fn use_(p: &mut i32) {}
fn drop(v: Vec<i32>) {}

fn local() {
    let mut f = Foo { x: 22 };
    let x = f.xp();
    f.x;
    use_(x);
}

fn boxed() {
    let mut f = Box::new(Foo { x: 22 });
    let x = f.xp();
    f.x;
    use_(x);
}

fn boxed_assign() {
    let mut f = Box::new(Foo { x: 22 });
    let x = f.xp();
    f = Box::new(Foo { x: 1 });
    *x = 5;
}

fn foo(x: Vec<i32>) {
    let c = || {
        drop(x);
        drop(x);
    };
    c();
}

fn upvar() {
    let mut x = 0;
    let mut c = || {
        let y = &mut x;
        let z = &mut x;
        *y = 1;
        *z = 2;
    };
    c();
}

fn upvar_nested() {
    let mut x = 0;
    let mut c = || {
        let mut d = || {
            let y = &mut x;
            let z = &mut x;
            *y = 1;
            *z = 2;
        };
        d();
    };
    c();
}

fn main() {}
