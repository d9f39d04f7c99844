// A returned closure over a range value captures *w, a reborrow through the
// loop's borrow: returning it is E0515 on the ranged slice only (was also
// E0373 on w). A string range value passed to two functions is lent twice
// (twin: &str parameters). A closure reading through a shared *T p captures
// *p (rustc truncates the capture): returning what it makes is fine (was E0373).
fn first(words: Vec<String>) -> Option<Box<dyn Fn() -> usize>> {
    for w in &words {
        return Some(Box::new(|| { return w.len() }));
    }
    return None;
}

fn first_local() -> Option<Box<dyn Fn() -> usize>> {
    let words = vec!["a".to_string()];
    for w in &words {
        return Some(Box::new(|| { return w.len() }));
    }
    return None;
}

fn use_two(a: &str) -> usize { a.len() }
fn use_one(a: &str) -> usize { a.len() }

fn two_calls(words: &Vec<String>) -> usize {
    let mut n = 0;
    for w in words {
        n += use_one(w);
        n += use_two(w);
    }
    return n;
}

fn tail(p: &String) -> &str {
    let g = || -> &str { return &(*p)[1..] };
    return g();
}

fn main() {}
