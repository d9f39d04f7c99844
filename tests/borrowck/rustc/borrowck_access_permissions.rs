// After rust-lang/rust tests/ui/borrowck/borrowck-access-permissions.rs
// (the reference and struct cases; ML0 locals and Boxes are all mutable,
// and it has no statics or raw pointers): `&mut` through a shared `*T` is
// E0596, also through a shared pointer to a struct holding a `*mut`.
struct Foo<'a> {
    f: &'a mut i32,
    g: &'a i32,
}

fn main() {
    let x = 1;
    let mut x_mut = 1;

    {
        let mut box_x_mut = Box::new(1);
        let y2 = &mut *box_x_mut;
        let _ = y2;
    }

    {
        let ref_x = &x;
        let ref_x_mut = &mut x_mut;

        let y1 = &mut *ref_x;
        let y2 = &mut *ref_x_mut;
        let (_, _) = (y1, y2);
    }

    {
        let mut foo = Foo { f: &mut x_mut, g: &x };
        let foo_ref = &foo;
        let y = &mut *foo_ref.f;
        let _ = y;
    }
}
