class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0], s[1:], type(s[1:]).__name__)
print(sum(s), sorted(s, reverse=True), s + [4], type(s + [4]).__name__)
print(isinstance(s, list), s == [1, 2, 3])
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged()
l.append(1)
l.extend([2, 3])
l += [4]
print(l)
