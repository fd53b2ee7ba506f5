# The built-in hierarchy: catching by base class, and the MRO-based matching order.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (GeneratorExit, BaseException),
         (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (SystemExit, Exception), (UnicodeDecodeError, ValueError), (AssertionError, Exception), (TypeError, ValueError),
         (FileNotFoundError, OSError), (Exception, BaseException)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), ValueError("v"), TypeError("t")]:
    try:
        raise exc
    except ArithmeticError:
        print("arithmetic", exc)
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", type(e).__name__)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise KeyError
except LookupError as e:
    print(repr(e))
