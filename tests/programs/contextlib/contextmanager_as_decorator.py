from contextlib import contextmanager, ContextDecorator
@contextmanager
def announce(msg):
    print("start", msg)
    yield
    print("end", msg)
@announce("job")
def job(x):
    print("job body", x)
    return x * 2
print(job(4))
print(job(5))
class timer(ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self
    def __exit__(self, *exc):
        print("exit timer")
        return False
@timer()
def work():
    print("working")
work()
