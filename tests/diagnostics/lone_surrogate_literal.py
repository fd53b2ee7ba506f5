# CPython's str can hold a lone surrogate; Rusputyn's cannot, so the literal is refused.
ok = "\\ud800 is just text here"
raw = r"\udfff"
pair = "\ud83d\ude00"
print(f"x{1}\udc80")
