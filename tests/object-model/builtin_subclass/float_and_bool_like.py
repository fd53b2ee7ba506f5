class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, o):
        return Meters(float(self) + o)
m = Meters(1.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, type(m * 2).__name__, round(m), int(m))
print(f"{m:.2f}", str(m), [m], m == 1.5, m.is_integer())
try:
    class MyBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
