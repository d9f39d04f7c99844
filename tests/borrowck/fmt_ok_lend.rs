// fmt and the library borrow their operands (Rust's println!/format!/write!
// and the twin's methods take `&x`): a value printed twice, printed and
// then moved, a Box, a pointer, a struct, an interface, a slice sorted in
// place (`&mut xs`) and appended to afterwards; results are new values.
#![allow(unused)]

use std::io::Write;
use std::fmt::Write as _;
use std::error::Error;





#[derive(Debug)]
struct P {
    name: String,
    n: i64,
}

fn main() {
    let mut s = String::from("a,b");
    println!("{}", s);
    println!("{} {}", s, s.len());
    print!("{}{}", s, "\n");
    println!("{} {}", s, 1);
    let t = format!("<{}>", s);
    let u = format!("{}{}", s, t);
    s = String::from("c,d");
    writeln!(std::io::stdout(), "{} {} {}", s, t, u).unwrap();
    let mut xs: Vec<i64> = vec![3, 1, 2];
    println!("{:?} {:?}", xs, xs);
    xs.sort();
    xs.push(4);
    println!("{:?}", xs);
    let p = P { name: String::from("p"), n: 1 };
    println!("{} {} {}", p.name, p.n, p.name);
    println!("{:?} {:#?}", p, p);
    let b = Box::new(P { name: String::from("b"), n: 2 });
    println!("{} {}", b.name, b.n);
    let q = &p;
    println!("{} {} {}", q.name, q.n, p.name);
    let parts: Vec<String> = s.split(",").map(|x| x.to_string()).collect();
    println!("{} {} {} {:?}", parts.len(), s.contains("c"), parts.join("-"), parts);
    let mut sb = String::new();
    sb.push_str(&s);
    sb.push_str(&parts[0]);
    println!("{} {} {:?}", sb.clone(), s, parts);
    let (n, err) = match parts[0].parse::<i64>() { Ok(v) => (v, None), Err(e) => (0, Some(e)) };
    println!("{} {} {}", n, err.is_some(), s.len().to_string());
    let e: Box<dyn Error> = Box::from(s.as_str());
    println!("{} {} {}", e, e, s);
    let w = (format!("at {}: {}", s, e), e);
    println!("{} {}", w.0, s);
    let owner = s;
    println!("{} {}", owner, owner.to_uppercase());
}
