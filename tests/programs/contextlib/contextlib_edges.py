# contextlib edge cases: generators that misbehave, managers reused as decorators, ExitStack
# ordering, replacement and suppression of exceptions, enter_context on a non-manager.
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing, AbstractContextManager


@contextmanager
def swallow_then_yield():
    try:
        yield 1
    except ValueError:
        print("  caught, yielding again")
        yield 2


try:
    with swallow_then_yield():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def reraise_other():
    try:
        yield
    except KeyError as e:
        raise IndexError("replaced") from e


try:
    with reraise_other():
        raise KeyError("k")
except IndexError as e:
    print("IndexError:", e, "cause:", repr(e.__cause__))


@contextmanager
def stops_early():
    yield "only"


with stops_early() as v:
    print("value", v)
try:
    with stops_early():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes through:", e)


@contextmanager
def counted(log):
    log.append("enter")
    yield len(log)
    log.append("exit")


log = []
deco = counted(log)


@deco
def task(n):
    return n * 10


print(task(1), task(2), log, task.__name__)
print(counted.__name__, counted.__wrapped__.__name__)

with suppress(LookupError, ZeroDivisionError):
    {}["missing"]
print("suppressed a KeyError as LookupError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)

with nullcontext(42) as n, nullcontext() as none:
    print(n, none)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.push(lambda *exc: print("push saw", exc[0]))
    print("body done")


def failing_callback():
    raise RuntimeError("callback failed")


try:
    with ExitStack() as stack:
        stack.callback(print, "runs last")
        stack.callback(failing_callback)
        stack.push(lambda t, v, tb: print("sees", t.__name__ if t else None))
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError("suppressed by a true exit")
print("after suppression")

with ExitStack() as outer:
    outer.callback(print, "moved callback")
    kept = outer.pop_all()
    print("popped")
kept.close()


class Res(AbstractContextManager):
    def __init__(self, name):
        self.name = name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    got = [stack.enter_context(Res(n)).name for n in "abc"]
    print(got)


class NotAManager:
    pass


try:
    with ExitStack() as stack:
        stack.enter_context(NotAManager())
except TypeError as e:
    print("TypeError:", e)


class Thing:
    def close(self):
        print("closed thing")


with closing(Thing()) as t:
    print(type(t).__name__)

with Res("plain") as r:
    print(r.name)
