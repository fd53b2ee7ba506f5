# String annotations naming module-level classes resolve through the function's __globals__.
from typing import get_type_hints, Optional, List


def make(x: "Node", kids: "List[Node]" = ()) -> "Optional[Node]":
    return None


class Node:
    parent: "Optional[Node]" = None

    def link(self, other: "Node") -> "Tree":
        return Tree()


class Tree:
    root: "Node"


print(get_type_hints(make))
print(get_type_hints(Node.link))
print(get_type_hints(Node), get_type_hints(Tree))
print(make.__globals__ is globals(), Node.link.__globals__["Tree"] is Tree)
name = "__main__"
main = __import__(name)
print(main.__dict__ is globals(), main.__name__, main.Node is Node)


def later(x: "Undefined") -> None:
    pass


try:
    get_type_hints(later)
except NameError as e:
    print("NameError:", e)
print(get_type_hints(later, {"Undefined": int}))
