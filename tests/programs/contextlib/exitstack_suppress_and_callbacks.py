from contextlib import ExitStack, suppress
order = []
with ExitStack() as stack:
    stack.callback(order.append, 1)
    stack.enter_context(suppress(ZeroDivisionError))
    stack.callback(order.append, 2)
    1 / 0
order.append("after")
print(order)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        order.append(f"in{self.n}")
        return self.n
    def __exit__(self, *a):
        order.append(f"out{self.n}")
order.clear()
with ExitStack() as s:
    vals = [s.enter_context(CM(i)) for i in range(3)]
print(vals, order)
