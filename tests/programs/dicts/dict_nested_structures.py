# Nested dicts and lists: building a tree, walking it, summarising.
tree = {}
paths = ["a/b/c.txt", "a/b/d.txt", "a/e.txt", "f/g/h/i.txt", "f/j.txt"]
for p in paths:
    node = tree
    parts = p.split("/")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = len(p)
print(tree)
def walk(node, prefix=""):
    for name, child in node.items():
        if isinstance(child, dict):
            print(prefix + name + "/")
            walk(child, prefix + "  ")
        else:
            print(prefix + name, child)
walk(tree)
def total(node):
    return sum(total(v) if isinstance(v, dict) else v for v in node.values())
print(total(tree))
