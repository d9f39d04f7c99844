// Probe (session 14, after borrowck_overloaded_index_move_from_vec):
// moving an element out of a borrowed slice is E0507 (from behind Vec's
// Index borrow), with E0502 when v is mutably borrowed; never E0505 (v
// itself is not moved).
fn main() {
    let mut v: Vec<Box<i32>> = vec![Box::new(1), Box::new(2)];
    let m = &mut v[0];
    let x = v[1];
    **m = 3;
    println!("{}", *x);
    let w: Vec<String> = vec!["a".to_string()];
    let r = &w;
    let y = w[0];
    println!("{} {}", r.len(), y);
}
