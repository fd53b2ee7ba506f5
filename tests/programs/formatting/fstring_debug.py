# The = specifier shows the expression text, preserving whitespace, with !r by default.
x, name, vals = 3, "Bob", [1, 2]
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=}", f"{name=!s}", f"{vals=}", f"{len(vals)=}")
print(f"{x=:>5}", f"{3.14159=:.2f}", f"{name.upper()=}", f"{x if x else 0=}")
print(f"{None=}", f"{1/3=}", f"{'quote'=}")
