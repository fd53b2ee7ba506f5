# chr/ord round trips, hex/oct/bin of negative and big numbers.
print([ord(c) for c in "Aa0 ~é€😀"], "".join(chr(i) for i in [72, 105, 33, 0x263A]))
for n in [0, 1, -1, 10, -10, 255, 256, 2**64, -(2**64)]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(-255), 16), int(oct(8), 8), int(bin(-5), 2), int(hex(2**64), 0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
