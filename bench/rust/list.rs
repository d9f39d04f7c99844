struct Node {
    val: i64,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for i in 0..1_000_000i64 {
        head = Some(Box::new(Node { val: i, next: head }));
    }
    let mut sum = 0i64;
    let mut p = &head;
    while let Some(n) = p {
        sum += n.val;
        p = &n.next;
    }
    // drop iteratively (the default recursive drop would overflow the stack)
    let mut cur = head;
    while let Some(mut n) = cur {
        cur = n.next.take();
    }
    println!("{}", sum);
}
