gcd.go:63:13: ... argument does not escape
gcd.go:63:17: gcd(48, 18) escapes to heap
gcd.go:63:33: gcdRec(48, 18) escapes to heap
gcd.go:63:46: lcm(4, 6) escapes to heap
gcd.go:63:57: lcm(21, 6) escapes to heap
gcd.go:70:13: ... argument does not escape
gcd.go:70:14: "perfect:" escapes to heap
gcd.go:70:14: perfect escapes to heap
gcd.go:71:11: ... argument does not escape
gcd.go:71:12: "armstrong:" escapes to heap
gcd.go:74:13: ... argument does not escape
gcd.go:74:14: " " escapes to heap
gcd.go:74:14: i escapes to heap
gcd.go:78:13: ... argument does not escape
gcd.go:78:22: digitSum(987654321) escapes to heap
gcd.go:78:43: digitSum(0) escapes to heap
gcd.go:79:19: [][2]int{...} does not escape
gcd.go:82:13: ... argument does not escape
gcd.go:82:34: f[0] escapes to heap
gcd.go:82:40: f[1] escapes to heap
gcd.go:82:49: f[0] / g escapes to heap
gcd.go:82:57: f[1] / g escapes to heap
