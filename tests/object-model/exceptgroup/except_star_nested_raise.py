def work():
    errors = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(f"odd {i}")
            if i == 4:
                raise OSError(f"io {i}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("work failed", errors)
try:
    work()
except* ValueError as eg:
    for e in eg.exceptions:
        print("value:", e)
except* OSError as eg:
    print("os errors:", len(eg.exceptions))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("raised in handler")
except KeyError as e:
    print("KeyError escaped:", e)
except ExceptionGroup as g:
    print("group escaped:", [type(x).__name__ for x in g.exceptions])
