package main

import (
	"fmt"
	"os"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func renderList(items []Item, ordered bool) string {
	sb := &strings.Builder{}
	tag := "ul"
	if ordered {
		sb = &strings.Builder{}
		tag = "ol"
	}
	fmt.Fprintf(sb, "<%s>\n", tag)
	for _, it := range items {
		fmt.Fprintf(sb, "  <li>%s ($%.2f)", it.Name, it.Price)
		if len(it.Tags) > 0 {
			fmt.Fprint(sb, " [", strings.Join(it.Tags, ", "), "]")
		}
		fmt.Fprintln(sb, "</li>")
	}
	fmt.Fprintf(sb, "</%s>\n", tag)
	return sb.String()
}

func main() {
	items := []Item{
		{"Pen", 1.5, nil},
		{"Notebook", 3.25, []string{"paper", "school"}},
		{"Bag", 24, []string{"school"}},
	}
	page := strings.Builder{}
	page.WriteString("<html>\n")
	page.WriteString(renderList(items, false))
	page.WriteString(renderList(items[:2], true))
	page.WriteString("</html>\n")
	fmt.Fprint(os.Stdout, page.String())
	fmt.Fprintln(os.Stdout, "bytes:", page.Len())
}
