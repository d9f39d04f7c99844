// fmt.Fprintf(&sb, ...) writes the Builder through the io.Writer it is
// given: the twin's `write!(&mut sb, ...)` borrows sb mutably, so it is
// E0502 while a `&sb` is used later, E0499 while a `&mut sb` is; after
// the last use of those it is fine.
use std::fmt::Write;




fn main() {
    let mut sb = String::new();
    let r = &sb;
    write!(&mut sb, "x{}", 1).unwrap();
    println!("{}", r.len());
    let q = &mut sb;
    writeln!(&mut sb, "y").unwrap();
    q.push_str("z");
    write!(&mut sb, "w").unwrap();
    let s = &sb;
    println!("{} {}", s.len(), sb);
}
