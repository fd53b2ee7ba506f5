# More %-formatting: mapping keys with flags, width from tuple, bytes formatting, repr of special floats.
print("%(a)5s|%(b)-5d|%(c).2f" % {"a": "x", "b": 7, "c": 3.14159})
print("%s %s" % ("only", "tuple"), "%s" % ((1, 2),), "%s" % [1, 2], "%r" % (("a",),))
print("%e %g %G %f" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("%#o %#x %#X %+.3e %08.3f %-8.2f|" % (64, 255, 255, 12345.6789, -3.14159, 2.5))
print("%x %o %d" % (-255, -8, -0), "%5.1s|" % "abc", "%c" % 0x263A, "%.3s" % "日本語テキスト")
print("%i%%" % 99.9, "%d" % 2**70, "%x" % 2**70, "%.0e" % 12345, "%10.4g|" % 0.000012345)
print(b"%s=%d %x %c %%" % (b"key", 42, 255, 65))
