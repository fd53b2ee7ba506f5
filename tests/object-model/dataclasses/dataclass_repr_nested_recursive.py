from dataclasses import dataclass, field
from typing import Optional, List
@dataclass
class Node:
    val: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)
    def add(self, v):
        n = Node(v, parent=self)
        self.children.append(n)
        return n
root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root)
print(a.parent.val, root == Node(1, [Node(2, [Node(3)]), Node(4)]))
