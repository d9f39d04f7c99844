package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type User struct {
	Name  string
	Admin bool
}

var users = map[int]User{1: {"root", true}, 2: {"guest", false}}
var files = map[string]string{"/etc/motd": "welcome", "/secret": "42"}

func lookupUser(id int) (User, error) {
	u, ok := users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func readFile(u User, path string) (string, error) {
	data, ok := files[path]
	if !ok {
		return "", fmt.Errorf("open %s: %w", path, ErrNotFound)
	}
	if path == "/secret" && !u.Admin {
		return "", fmt.Errorf("open %s as %s: %w", path, u.Name, ErrPermission)
	}
	return data, nil
}

func serve(id int, path string) (string, error) {
	u, err := lookupUser(id)
	if err != nil {
		return "", fmt.Errorf("serve: %w", err)
	}
	data, err := readFile(u, path)
	if err != nil {
		return "", fmt.Errorf("serve %q: %w", path, err)
	}
	return data, nil
}

func depth(err error) int {
	n := 0
	for err != nil {
		n++
		err = errors.Unwrap(err)
	}
	return n
}

func main() {
	reqs := []struct {
		id   int
		path string
	}{{1, "/etc/motd"}, {2, "/secret"}, {3, "/etc/motd"}, {1, "/secret"}, {2, "/nope"}}
	for _, r := range reqs {
		data, err := serve(r.id, r.path)
		if err != nil {
			fmt.Printf("%-40v notfound=%-5t perm=%-5t depth=%d\n", err,
				errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), depth(err))
			continue
		}
		fmt.Println("ok:", data)
	}
	e1 := fmt.Errorf("a: %w", ErrNotFound)
	e2 := fmt.Errorf("a: %v", ErrNotFound)
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Unwrap(e2) == nil)
}
