# Collecting exceptions in a list and inspecting them later.
def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 5 == 0:
        raise KeyError(i)
    return i
errors = []
results = []
for i in range(1, 16):
    try:
        results.append(risky(i))
    except (ValueError, KeyError) as e:
        errors.append(e)
print(results)
print([type(e).__name__ for e in errors], [str(e) for e in errors], [e.args for e in errors])
print(isinstance(errors[0], Exception), errors[0].__class__.__name__)
