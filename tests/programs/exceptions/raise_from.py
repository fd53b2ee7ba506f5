# raise ... from ...: __cause__, __context__, __suppress_context__.
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("implicit")
except KeyError as e:
    print(repr(e), "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("direct") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
