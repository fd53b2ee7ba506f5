class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def depth(self):
        return 1 + (self.nxt.depth() if self.nxt else 0)
n = None
for _ in range(50):
    n = Node(n)
print(n.depth())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", e)
class AttrLoop:
    def __getattr__(self, name):
        return self.missing
try:
    AttrLoop().x
except RecursionError as e:
    print("RecursionError:", e)
