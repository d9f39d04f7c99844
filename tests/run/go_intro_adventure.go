// A text adventure as an intro course writes it: a map of rooms, exits
// by direction, an inventory, commands read with fmt.Sscan from a script.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
}

type Player struct {
	Room      string
	Inventory []string
	Moves     int
}

func (p *Player) Has(item string) bool {
	for _, it := range p.Inventory {
		if it == item {
			return true
		}
	}
	return false
}

func buildWorld() map[string]*Room {
	rooms := map[string]*Room{
		"hall":    {Name: "Hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall"}, Items: []string{"key"}},
		"kitchen": {Name: "Kitchen", Desc: "It smells of bread.", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"bread", "knife"}},
		"cellar":  {Name: "Cellar", Desc: "Dark and cold.", Exits: map[string]string{"up": "kitchen"}},
	}
	return rooms
}

func describe(r *Room) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "== %s ==\n%s\n", r.Name, r.Desc)
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	sb.WriteString("Exits: " + strings.Join(dirs, ", "))
	if len(r.Items) > 0 {
		sb.WriteString("\nYou see: " + strings.Join(r.Items, ", "))
	}
	return sb.String()
}

func remove(items []string, item string) ([]string, bool) {
	for i, it := range items {
		if it == item {
			return append(items[:i], items[i+1:]...), true
		}
	}
	return items, false
}

func main() {
	world := buildWorld()
	p := &Player{Room: "hall"}
	script := []string{"look", "go north", "take key", "take sword", "go south", "go east",
		"take bread", "inventory", "go down", "go up", "dance", "go west", "quit"}
	for _, line := range script {
		var verb, arg string
		n, _ := fmt.Sscan(line, &verb, &arg)
		fmt.Printf("> %s (%d words)\n", line, n)
		room := world[p.Room]
		switch verb {
		case "look":
			fmt.Println(describe(room))
		case "go":
			next, ok := room.Exits[arg]
			if !ok {
				fmt.Println("You can't go", arg)
				continue
			}
			if next == "cellar" && !p.Has("key") {
				fmt.Println("The cellar door is locked.")
				continue
			}
			p.Room = next
			p.Moves++
			fmt.Println(describe(world[next]))
		case "take":
			var ok bool
			room.Items, ok = remove(room.Items, arg)
			if ok {
				p.Inventory = append(p.Inventory, arg)
				fmt.Println("Taken:", arg)
			} else {
				fmt.Printf("There is no %s here.\n", arg)
			}
		case "inventory":
			fmt.Printf("You carry %d items: %v\n", len(p.Inventory), p.Inventory)
		case "quit":
			fmt.Printf("Bye after %d moves.\n", p.Moves)
			return
		default:
			fmt.Printf("I don't know how to %q.\n", verb)
		}
	}
}

/* OUTPUT:
> look (1 words)
== Hall ==
A dusty hall.
Exits: east, north
> go north (2 words)
== Library ==
Shelves of old books.
Exits: south
You see: key
> take key (2 words)
Taken: key
> take sword (2 words)
There is no sword here.
> go south (2 words)
== Hall ==
A dusty hall.
Exits: east, north
> go east (2 words)
== Kitchen ==
It smells of bread.
Exits: down, west
You see: bread, knife
> take bread (2 words)
Taken: bread
> inventory (1 words)
You carry 2 items: [key bread]
> go down (2 words)
== Cellar ==
Dark and cold.
Exits: up
> go up (2 words)
== Kitchen ==
It smells of bread.
Exits: down, west
You see: knife
> dance (1 words)
I don't know how to "dance".
> go west (2 words)
== Hall ==
A dusty hall.
Exits: east, north
> quit (1 words)
Bye after 6 moves.
*/
