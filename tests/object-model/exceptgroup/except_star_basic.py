def raiser():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raiser()
except* ValueError as eg:
    print("ValueError group:", repr(eg.message), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeError group:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("KeyError group:", [repr(e) for e in eg.exceptions])
try:
    try:
        raiser()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("remaining:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped naked:", type(eg).__name__, [str(e) for e in eg.exceptions])
