"""Format specs on machine ints (and bools): widths, fills, signs, bases, grouping."""

for i in [0, 7, -7, 42, 12345, -12345, 2**63 - 1, -2**63, 2**63, -2**64]:
    print(f"{i:05d}|{i:+d}|{i: d}|{i:x}|{i:#X}|{i:#b}|{i:o}|{i:,}|{i:_x}|{i:>8}|{i:<8}|{i:^9}|{i:=+10}|{i:*^12,d}")
print(f"{True:d}|{False:05}|{True:x}|{True:+}|{True:#b}")
print(format(255, "08b"), format(255, "#010x"), format(-255, "#010x"), format(5, "n"), format(1234567, "_d"))
print(format(-1, "03"), format(-1, "0=5"), format(3, "0<5"), format(12, "x>6"), format(0, "#o"))
print("{:05d}-{:d}".format(3, -4), "%05d" % 3, f"{7:{'0'}{3}d}")
for bad in [".2d", "z", "s", ".1", "z5d"]:
    try:
        print(format(7, bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(format(True, ".3d"))
except ValueError as e:
    print("ValueError:", e)
print(format(65, "c"), format(7, "e"), format(7, "%"), format(10**20, "_"))
