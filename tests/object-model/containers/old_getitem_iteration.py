class Old:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Old()))
print(20 in Old())
for v in Old():
    print("v", v)
class Words:
    def __init__(self, s):
        self.w = s.split()
    def __getitem__(self, i):
        return self.w[i]
print(list(Words("a b c")), "b" in Words("a b"), list(enumerate(Words("x y"))))
print(list(reversed([1, 2])))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
