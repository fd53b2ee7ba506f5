class DbError(Exception): pass
def low():
    raise ConnectionError("socket closed")
def high():
    try:
        low()
    except ConnectionError as e:
        raise DbError("query failed") from e
try:
    high()
except DbError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
