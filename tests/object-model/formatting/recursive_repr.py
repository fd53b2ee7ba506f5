class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"
root = Node("root")
root.children.append(Node("a"))
root.children[0].children.append(Node("b"))
print(root)
l = [1]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
