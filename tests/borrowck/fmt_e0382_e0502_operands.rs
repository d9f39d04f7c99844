// fmt and the library borrow their operands: a moved value cannot be
// printed (E0382), a mutably borrowed one cannot be printed while the
// borrow is used (E0502), a later operand may not borrow an earlier one
// mutably (E0502) or move it (E0505): format_args! borrows every operand
// for the whole call. sort.Ints(xs) borrows xs mutably (`xs.sort()`).
#![allow(unused)]






struct P { xs: Vec<i64> }

fn take(s: String) {}
fn own(s: String) -> usize { s.len() }
fn bump(s: &mut String) -> i64 {
    s.push('!');
    1
}

fn moved_then_printed() {
    let s = String::from("a");
    take(s);
    println!("{}", s);
}

fn box_moved_then_printed() {
    let b = Box::new(5);
    let c = b;
    println!("{} {}", b, *c);
}

fn printed_while_mut() {
    let mut s = String::from("a");
    let r = &mut s;
    println!("{}", s);
    *r = String::from("b");
}

fn later_operand_borrows_mut() {
    let mut s = String::from("a");
    println!("{} {}", s, bump(&mut s));
}

fn sprintf_later_operand() -> String {
    let mut u = String::from("b");
    return format!("{}{}", u, bump(&mut u));
}

fn later_operand_moves() {
    let s = String::from("a");
    println!("{} {}", s, own(s));
}

fn sort_while_borrowed() {
    let mut xs: Vec<i64> = vec![2, 1];
    let r = &xs[0];
    xs.sort();
    println!("{}", *r);
}

fn sort_behind_shared(p: &P) {
    p.xs.sort();
}

fn copy_printed_while_mut() {
    let mut n = 1;
    let r = &mut n;
    println!("{}", n);
    *r = 2;
}

fn main() {}
