// After rust-lang/rust tests/ui/nll/get_default.rs (fn err): a borrow that
// is returned on one path is still held on every path after it, so both
// calls to set are errors under NLL (Polonius would accept the second).
struct Map {
    s: String,
}
impl Map { fn get(&self) -> Option<&String> { None }
fn set(&mut self, v: String) { self.s = v; } }

fn err(m: &mut Map) -> &String {
    loop {
        let v = m.get();
        if let Some(v) = v {
            m.set(String::new());
            return v;
        }
        m.set(String::new());
    }
}

fn main() {}
