class Log:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else "-")
def f():
    for i in range(4):
        with Log(i) as n:
            if n == 0:
                continue
            if n == 2:
                break
            print("body", n)
    with Log("ret"):
        return "returned"
print(f())
def g():
    try:
        with Log("inner"):
            return "from with"
    finally:
        print("finally after with")
print(g())
