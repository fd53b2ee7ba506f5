# assert passes silently, fails with AssertionError (with and without a message).
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print("AssertionError:", e)
def check(v):
    assert isinstance(v, int), ("tuple message", v)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e.args)
assert len("abc") == 2, "length mismatch"
