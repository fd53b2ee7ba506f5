command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")
