fn main() {
    let mut sum: i64 = 0;
    for i in 0..10_000_000i64 {
        let mut s = vec![0i64; 100];
        s[(i % 100) as usize] = i;
        sum += s[((i * 7) % 100) as usize];
        std::hint::black_box(&s);
    }
    println!("{}", sum);
}
