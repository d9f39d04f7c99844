package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int:
		if x < 0 {
			return "a negative int"
		}
		return fmt.Sprintf("the int %d", x)
	case string:
		return fmt.Sprintf("a string of length %d", len(x))
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("ints adding up to %d", sum)
	case error:
		return "an error: " + x.Error()
	default:
		return fmt.Sprintf("something else (%T)", x)
	}
}

func main() {
	values := []interface{}{42, -1, "hello", true, nil, []int{1, 2, 3}, 3.5, fmt.Errorf("oops %d", 7)}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var x interface{} = "text"
	if s, ok := x.(string); ok {
		fmt.Println("got string", s)
	}
	if _, ok := x.(int); !ok {
		fmt.Println("not an int")
	}
}
