# f-strings: expressions, nested quotes, conversions, = specifier, nested fields.
name, n, pi = "Ada", 42, 3.14159
print(f"{name} has {n} items, pi={pi}")
print(f"{n + 1} {n * 2!r} {name.upper()} {[1, 2][0]} {'nested' + ' quotes'} {{literal}} {{}}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{n=} {pi = } {name=!s} {n=:5d} {pi=:.2f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'<' if n else '>'}{width}}]")
print(f"{'a' if n > 40 else 'b'} {(lambda x: x * 2)(3)} {n:#x} {n:b}")
d = {"key": "value"}
print(f"{d['key']} {d!r} {len(d)}")
print(f"""triple {name}
second line {n}""")
print(f"{3.0}", f"{1e16}", f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}")
print(F"capital F {n}", rf"raw \n {n}", fr"{name}\t")
x = 10
print(f"{x:>{x}}|", f"{x!r:>5}|", f"{'%d' % x}")
