# The complex format mini-language: float presentation types on both parts.
z = 1234.5678 - 0.000123j
for spec in ["", "f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "n", "10", "<30", "^30.2f", ">30",
             "*^40.3e", "+", "+.1f", " .1f", "-.1f", ",.2f", "_.2f", "#.0f", "#g", "z.1f", ".0f", ".10g"]:
    print(repr(spec), repr(format(z, spec)), repr(format(1j, spec)), repr(format(-0.0 - 0j, spec)))
print(f"{1 + 2j:>12}|{3j:<8}|{-1 - 1j:^12.1f}|{complex('nan+infj'):F}|{complex(1e20, 1e-20):g}")
print("{:.2f} {!r:>10} {:e}".format(1.5 + 2.5j, 1j, 2j), format(1e16 + 1e16j), format(0.1 + 0.2j, ".17g"))
for spec in ["0", "010", "0<10", "=10", "%", "d", "x", "s", "c", ".2%", "10,d", ",", "_"]:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
