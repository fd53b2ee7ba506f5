def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item] if item != "nothing":
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"
for c in ["go north", "go up", "take lamp", "take nothing", "drop a b c", "drop", "exit", ""]:
    print(repr(c), "->", classify(c))
x = 5
match x:
    case y:
        print("irrefutable captured", y)
print(y)
