# Nested try blocks: inner handlers, re-raise to outer, exceptions in except blocks.
def stage(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise KeyError("one")
            if n == 2:
                raise TypeError("two")
            return "ok"
        except ValueError as e:
            return f"inner handled {e}"
        except KeyError:
            raise
        finally:
            print("inner finally", n)
    except KeyError as e:
        return f"outer handled {e!r}"
    except TypeError as e:
        try:
            raise RuntimeError("while handling") from e
        except RuntimeError as r:
            return f"converted {r} (cause {r.__cause__!r})"
for n in range(4):
    print(stage(n))
