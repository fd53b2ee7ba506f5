# Odd literal corners: Ellipsis, unary chains, numeric literal attribute access.
print(..., Ellipsis is ..., repr(...))
print(- - 1, + - + 1, - + - - 2, not not 0, ~~5, -~5, ~-5)
print(1 .real, 1.5 .imag if False else 1.5.is_integer(), 2.0.is_integer(), (5).numerator)
print((3.75).as_integer_ratio(), (0.5).as_integer_ratio(), (10).as_integer_ratio())
print(0.1.hex() if False else float.fromhex("0x1.8p1"), (1.5).hex(), (-0.0).hex())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(255 .to_bytes(1, "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((12).conjugate(), (-7).__abs__(), (7).__neg__())
x = 5; y = 6; z = x + y
print(x, y, z)
