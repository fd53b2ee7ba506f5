class Strict:
    _allowed = {"a", "b"}
    def __setattr__(self, name, value):
        if name not in self._allowed:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}' (not allowed)")
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        object.__setattr__(self, name, value)
s = Strict()
s.a = 1
for name, val in [("b", "x"), ("c", 1), ("b", 2)]:
    try:
        setattr(s, name, val)
        print("set", name, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(vars(s))
