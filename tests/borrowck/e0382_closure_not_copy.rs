// A closure that changes what it captures holds `&mut x`, one that moves
// a capture out owns it (a Box's contents, or through a closure of its
// own too): neither is Copy. Copying one moves it (E0382 at a later use);
// passing it to a function lends it; a closure that only reads is Copy
// (and so is one calling such a closure; one calling a non-Copy one is not).
#![allow(unused)] fn call(f: &mut dyn FnMut()) { f() } struct D<F: FnOnce()>(Option<F>);
fn take(_v: Vec<String>) {} impl<F: FnOnce()> Drop for D<F> { fn drop(&mut self) { (self.0.take().unwrap())() } }

fn box_twice() {
    let b = Box::new(String::from("s"));
    let f = || { let s = *b; println!("{}", s); };
    f();
    f();
}
fn nested_twice() {
    let y = vec![String::from("a")];
    let f = || { (|| { take(y) })() };
    f();
    f();
}
fn copy_then_call() {
    let y = vec![String::from("a")];
    let f = || { take(y) };
    let g = f;
    f();
    g();
}
fn defer_twice() {
    let y = vec![String::from("a")];
    let f = || { take(y) };
    let _d1 = D(Some(f));
    let _d2 = D(Some(f));
}
fn mut_in_slice() {
    let mut x = 0;
    let mut f = || { x += 1; };
    let mut fs: Vec<Box<dyn FnMut()>> = vec![Box::new(f)];
    fs[0]();
    f();
}
fn read_copies() {
    let x = 0;
    let f = || -> i32 { return x; };
    let fs: Vec<Box<dyn Fn() -> i32>> = vec![Box::new(f), Box::new(f)];
    println!("{}", fs[0]() + f());
}
fn mut_passed_twice() {
    let mut x = 0;
    let mut f = || { x += 1; };
    call(&mut f);
    call(&mut f);
    f();
    println!("{}", x);
}
fn captured_mut() {
    let mut x = 0;
    let mut f = || { x += 1; };
    let mut h = || { f() };
    let mut g = h;
    h();
    g();
}
fn captured_read() {
    let x = 0;
    let f = || -> i32 { return x; };
    let h = || -> i32 { return f(); };
    let g = h;
    println!("{}", h() + g());
}
fn loop_copy() {
    let y = vec![String::from("a")];
    let f = || { take(y) };
    let g = f;
    for _i in 0..2 {
        g();
    }
}
fn append_mut() {
    let mut x = 0;
    let mut f = || { x += 1; };
    let mut fs: Vec<Box<dyn FnMut()>> = vec![];
    fs.push(Box::new(f));
    f();
    fs[0]();
}

fn main() {}
