// Probe (session 14): `v[i] = x` is Vec's `*v.index_mut(i) = x`: its `&mut v` is taken before the index is
// evaluated (E0502 for an index reading v, E0499 for one borrowing it mutably), after the value (fine).
struct S {
    a: Vec<usize>,
}

fn idx(v: &Vec<usize>) -> usize { return v.len() - 1; }
fn idxm(v: &mut Vec<usize>) -> usize { return v.len() - 1; }

fn f1() {
    let mut vec = vec![0usize; 4];
    vec[vec.len() - 1] = 123;
}

fn f2() {
    let mut vec = vec![0usize; 4];
    vec[0] = vec.len();
}

fn f3() {
    let mut vec = vec![0usize; 4];
    vec[vec[0]] = 1;
}

fn f5() {
    let mut a = [0usize; 4];
    a[a.len() - 1] = 1;
}

fn f6() {
    let mut vec = vec![0usize; 4];
    vec[vec.len() - 1] += 1;
}

fn f7() {
    let mut vec = vec![0usize; 4];
    vec[0] += vec.len();
}

fn f8(s: &mut S) {
    s.a[s.a.len() - 1] = 2;
}

fn f9() {
    let mut m = vec![vec![1usize]];
    m[0][m[0].len() - 1] = 3;
    m[m.len() - 1][0] = 4;
}

fn f10() {
    let mut vec = vec![0usize; 4];
    vec[idx(&vec)] = 5;
    vec[idxm(&mut vec)] = 6;
}

fn f11() {
    let mut vec = vec![0usize; 4];
    let n = vec.len() - 1;
    vec[n] = 7;
}

fn main() {}
