import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d)
print(s[1] is a[1], d[1] is a[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1); n.children.append(Node(2))
n2 = copy.deepcopy(n)
n3 = copy.copy(n)
n.children[0].v = 20
print(n2.children[0].v, n3.children[0].v, n2 is n, type(n2).__name__)
cyc = [1]; cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
