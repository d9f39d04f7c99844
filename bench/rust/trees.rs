struct Tree {
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

fn build(d: i32) -> Box<Tree> {
    if d == 0 {
        return Box::new(Tree { left: None, right: None });
    }
    Box::new(Tree { left: Some(build(d - 1)), right: Some(build(d - 1)) })
}

fn check(t: &Tree) -> i64 {
    match (&t.left, &t.right) {
        (Some(l), Some(r)) => 1 + check(l) + check(r),
        _ => 1,
    }
}

fn main() {
    let maxd = 18;
    let long = build(maxd);
    let mut total: i64 = 0;
    let mut d = 4;
    while d <= maxd {
        let iters = 1 << (maxd - d + 4);
        for _ in 0..iters {
            total += check(&build(d));
        }
        d += 2;
    }
    println!("{} {}", total, check(&long));
}
