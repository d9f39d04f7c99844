// Returning &T{...} with a non-constant field returns a temporary (run/linked_list.ml0).
struct Node<'a> {
    val: i32,
    next: Option<&'a Node<'a>>,
}

fn push<'a>(head: Option<&'a Node<'a>>, v: i32) -> Option<&'a Node<'a>> {
    return Some(&Node { val: v, next: head });
}
fn main() { let h = push(None, 1); println!("{}", h.unwrap().val); }
