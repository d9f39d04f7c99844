fn main() {
    let mut sink: Vec<i64> = Vec::new();
    let mut sum: i64 = 0;
    for i in 0..10_000_000i64 {
        let mut s = vec![0i64; 100];
        s[(i % 100) as usize] = i;
        sum += s[((i * 7) % 100) as usize];
        sink = s;
    }
    std::hint::black_box(&sink);
    println!("{}", sum);
}
