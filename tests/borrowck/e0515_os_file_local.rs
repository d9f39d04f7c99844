// A *os.File result is a `&'static File`: returning os.Stdout needs no
// pointer parameter, but a pointer to a local os.File is still E0515.
pub struct File { fd: i32 }


fn bad() -> &'static File {
    let f = File { fd: 0 };
    return
        &f;
}

fn main() { println!("{}", bad().fd == 1) }
