# Class attributes shared by instances, mutable class attributes, methods calling methods.
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
r1, r2 = Registry(), Registry()
r1.add("a")
r2.add("b")
print(r1.items, r2.items, Registry.items, r1.items is r2.items)
class Stack:
    def __init__(self):
        self._data = []
    def push(self, x):
        self._data.append(x)
    def pop(self):
        if not self._data:
            raise IndexError("pop from empty stack")
        return self._data.pop()
    def peek(self):
        return self._data[-1] if self._data else None
    def size(self):
        return len(self._data)
    def is_empty(self):
        return not self._data
s = Stack()
for i in range(4):
    s.push(i * i)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size(), s.is_empty())
s.pop(); s.pop()
print(s.is_empty(), s.peek())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
