class Widget: pass
w = Widget()
cases = [lambda: int(w), lambda: float(w), lambda: str(1) + 1, lambda: [] + (), lambda: "a" * 1.5,
         lambda: sorted([w, 1]), lambda: abs("s"), lambda: round(w), lambda: w < w,
         lambda: sum([w]), lambda: min(w), lambda: list(w), lambda: dict([w]), lambda: "%d" % w,
         lambda: f"{w:d}", lambda: hash([]), lambda: bytes(w), lambda: max([])]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
