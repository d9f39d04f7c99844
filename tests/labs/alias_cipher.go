package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Substitution ciphers for the security lab: each cipher is a rune
// transform, keys are rune maps.

type Transform = func(rune) rune
type Key = map[rune]rune

func atbash(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'z' - (r - 'a')
	}
	if r >= 'A' && r <= 'Z' {
		return 'Z' - (r - 'A')
	}
	return r
}

func shiftBy(n int) Transform {
	return func(r rune) rune {
		if !unicode.IsLetter(r) || r >= 0x80 {
			return r
		}
		base := 'a'
		if unicode.IsUpper(r) {
			base = 'A'
		}
		return base + (r-base+rune(n)+26)%26
	}
}

func makeKey(keyword string) Key {
	key := Key{}
	used := map[rune]bool{}
	var order []rune
	for _, r := range strings.ToLower(keyword) {
		if r >= 'a' && r <= 'z' && !used[r] {
			used[r] = true
			order = append(order, r)
		}
	}
	for r := 'a'; r <= 'z'; r++ {
		if !used[r] {
			order = append(order, r)
		}
	}
	for i, r := range order {
		key['a'+rune(i)] = r
	}
	return key
}

func invert(k Key) Key {
	inv := make(Key, len(k))
	for from, to := range k {
		inv[to] = from
	}
	return inv
}

func keyed(k Key) Transform {
	return func(r rune) rune {
		lower := unicode.ToLower(r)
		to, ok := k[lower]
		if !ok {
			return r
		}
		if unicode.IsUpper(r) {
			return unicode.ToUpper(to)
		}
		return to
	}
}

func apply(t Transform, s string) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(t(r))
	}
	return sb.String()
}

func chain(ts ...Transform) Transform {
	return func(r rune) rune {
		for _, t := range ts {
			r = t(r)
		}
		return r
	}
}

func main() {
	msg := "Attack at Dawn, ünd früh!"
	fmt.Println("plain:  ", msg)
	fmt.Println("atbash: ", apply(atbash, msg))
	fmt.Println("twice:  ", apply(chain(atbash, atbash), msg))
	rot3 := shiftBy(3)
	enc := apply(rot3, msg)
	fmt.Println("rot3:   ", enc)
	fmt.Println("back:   ", apply(shiftBy(-3), enc))
	k := makeKey("Zebras")
	secret := apply(keyed(k), msg)
	fmt.Println("keyed:  ", secret)
	fmt.Println("decoded:", apply(keyed(invert(k)), secret))
	fmt.Printf("%T %d\n", k, len(k))
	var t Transform = atbash
	fmt.Printf("%T %c %q\n", t, t('b'), t('Y'))
	counts := [26]int{}
	for _, r := range strings.ToLower(secret) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for i, n := range counts {
		if n > 1 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
