def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extras={sorted(rest)}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "empty mapping"
    return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "a", "mod": "ctrl", "t": 0}, {"type": "key", "key": 5},
          {"x": 1}, [], "s"]:
    print(handle(e))
