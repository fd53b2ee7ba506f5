class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["x"]
print("after suppressed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with Suppress(ValueError) as s:
    print(type(s).__name__)
def f():
    with Suppress(Exception):
        return "returned"
print(f())
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("body", i)
