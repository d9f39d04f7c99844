// After rust-lang/rust tests/ui/borrowck/issue-25793.rs (an int field for
// the Option, no macro): `r.getSize(s.width)` with `r := &mut *s`: the
// argument reads s while r is live: E0503.
struct HasInfo {
    width: i32,
}

impl HasInfo { fn get_size(&mut self, n: i32) -> i32 { return n; } }

impl HasInfo { fn get_other(&mut self) -> i32 {
    let r = &mut *self;
    return r.get_size(self.width);
} }

fn main() {}
