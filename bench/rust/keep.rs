fn main() {
    let mut keep: Vec<Vec<u8>> = Vec::new();
    for i in 0..1_000_000usize {
        let mut buf = vec![0u8; 1024];
        buf[i % 1024] = i as u8;
        if i % 1000 == 0 {
            keep.push(buf);
        }
    }
    let sum: usize = keep.iter().map(|b| b.len()).sum();
    println!("{} {}", keep.len(), sum);
}
