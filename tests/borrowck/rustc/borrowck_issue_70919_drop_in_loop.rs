// After rust-lang/rust tests/ui/borrowck/issue-70919-drop-in-loop.rs (no
// destructor, a bounded loop): a struct holding `&mut base` passed away,
// base written, then borrowed again into the same variable (accepted, run).
struct Wrapper<'a> {
    b: &'a mut bool
}

fn drop_w(_w: Wrapper) {}

fn drop_in_loop() {
    let mut base = true;
    let mut wrapper = Wrapper { b: &mut base };
    for _i in 0..3 {
        drop_w(wrapper);

        base = false;
        wrapper = Wrapper { b: &mut base };
    }
    *wrapper.b = true;
}

fn main() {
    drop_in_loop();
    println!("ok");
}
