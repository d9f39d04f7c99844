// Probe (session 13): a closure that writes a capture holds `&mut x`, is not
// Copy: copying it moves it (E0382); one that only reads is Copy.
fn a() {
    let mut x = 0;
    let mut f = || { x += 1; };
    let mut g = f;
    f();
    g();
    println!("{}", x);
}

fn b() {
    let x = 0;
    let f = || -> i32 { return x; };
    let g = f;
    println!("{}", f() + g());
}

fn c() {
    let mut x = 0;
    let f = || { x += 1; };
    let mut fs: Vec<Box<dyn FnMut()>> = vec![Box::new(f), Box::new(f)];
    fs[0]();
    fs[1]();
}

fn main() {}
