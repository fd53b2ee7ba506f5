# throw() raises inside the generator at the paused yield.
def g():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
gen = g()
next(gen)
gen.send(1)
print(gen.throw(ValueError("bad")))
next(gen)
gen.send(2)
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(gen)
except StopIteration:
    print("finished after exception")
