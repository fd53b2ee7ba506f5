# str.format with numbers: all types, fills, signs, grouping.
for v in [0, 1, -1, 1234567, -0.5, 2.5, 1e-7, 12345.6789, 1e21]:
    print("{0!r:>14}|{0:>12}|{0:<+12}|{0:^12,}|{0:012}".format(v))
print("{:b} {:o} {:x} {:X} {:c} {:d}".format(10, 10, 255, 255, 97, -3))
print("{:.3} {:.3} {:10.3} {:.0%} {:,.2%}".format(3.14159, "abcdef", 2.0, 0.125, 1234.5))
