class Weird:
    def __bool__(self):
        return 0
class AlsoWeird:
    def __len__(self):
        return "3"
class Float:
    def __len__(self):
        return 3.0
for obj in [Weird(), AlsoWeird(), Float()]:
    try:
        print(bool(obj))
    except TypeError as e:
        print("TypeError:", e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if Weird():
        pass
except TypeError as e:
    print("TypeError in if:", e)
