// After rust-lang/rust tests/ui/borrowck/issue-101119.rs (no `move`): a
// closure passing a captured `*mut` on, made and called in a loop
// (accepted, run).
struct State {
    n: i32,
}

fn once(f: impl FnOnce()) { f(); }

fn fill_memory_blocks_mt(state: &mut State) {
    for _i in 0..100 {
        once(|| {
            fill_segment(state);
        });
    }
}

fn fill_segment(s: &mut State) { s.n += 1; }

fn main() {
    let mut s = State { n: 0 };
    fill_memory_blocks_mt(&mut s);
    println!("{}", s.n);
}
