// Inside a closure: ranging over a captured map borrows it (a write in the
// loop E0502); deleting from it while &m is used E0502.
fn map_in_closure() {
    let mut m: std::collections::HashMap<i32, i32> = [(1, 1)].into_iter().collect();
    let mut c = || {
        for (k, _) in &m {
            m.insert(k + 1, 2);
        }
    };
    c();
}

fn map_move_in_closure(_keep: std::collections::HashMap<i32, i32>) {
    let mut m: std::collections::HashMap<i32, i32> = [(1, 1)].into_iter().collect();
    let mut c = || {
        let r = &m;
        m.remove(&1);
        let _ = r.len();
    };
    c();
}

fn main() {}
