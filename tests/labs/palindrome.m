palindrome.go:10:17: []byte{} does not escape
palindrome.go:26:19: []string{...} does not escape
palindrome.go:28:13: ... argument does not escape
palindrome.go:28:14: t escapes to heap
palindrome.go:28:43: isPalindrome(t) escapes to heap
palindrome.go:8:19: s does not escape
