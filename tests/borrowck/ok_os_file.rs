// A *os.File is Rust's `&'static File` (the only files are the static
// os.Stdout and os.Stderr; `impl Write for &File`): Copy, so it is passed,
// stored in structs, globals and slices, and copied out of them freely,
// and a function may return one without a pointer parameter (no E0106).
// A pointer to a local os.File is still E0515 (e0515_os_file_local).
// (The twin models the two static files: the borrow checker sees only
// `&'static File` values.)
pub struct File { fd: i32 }
static STDOUT: File = File { fd: 1 };
static STDERR: File = File { fd: 2 };
fn fprintln(w: &File, s: &str) { if w.fd == 1 { println!("{}", s) } else { eprintln!("{}", s) } }
struct Logger {
    out: &'static File,
    n: i64,
}
fn pick(err: bool) -> &'static File {
    if err {
        return &STDERR;
    }
    return &STDOUT;
}
fn say(w: &File, s: &str) { fprintln(w, s) }
fn new_logger() -> Logger { return Logger { out: pick(false), n: 0 } }
impl Logger { fn log(&mut self, s: &str) {
    self.n += 1;
    fprintln(self.out, &format!("{} {}", self.n, s));
} }
static GLOG: Logger = Logger { out: &STDERR, n: 0 };
fn main() {
    let mut l = new_logger();
    l.log("x");
    l.log("y");
    let f = pick(false);
    say(f, "z");
    say(f, "z2");
    let fs: Vec<&File> = vec![&STDOUT, f];
    let g = fs[1];
    say(fs[0], "w");
    fprintln(g, &format!("v {} {}", GLOG.n, fs.len()));
    let p: &File;
    {
        let q = &STDOUT;
        p = q;
    }
    fprintln(p, &format!("{} {}", "u", l.n));
}
