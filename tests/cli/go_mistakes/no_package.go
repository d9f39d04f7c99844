import "fmt"

func main() {
	fmt.Println("where is my package clause?")
}
