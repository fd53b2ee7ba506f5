# printf-style % formatting with every conversion and flag.
print("%s %r %a" % ("str", "repr", "ascïi"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %E %.3g %G" % (3.14159, 2.675, 1.5, -2.5, 12345.678, 0.000123, 1234567.0, 1e-10))
print("%c%c" % (65, "b"), "%%", "%s" % [1, 2], "%s" % (("tuple",),), "%s and %s" % ("a", "b"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (6, 42, 4, 7, 2, 3.14159))
print("%s" % None, "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5, "%i" % 3.99, "%s" % 1e16, "%r" % 1.0)
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"), "%d%%" % 50)
errors = [lambda: "%d" % "x", lambda: "%s %s" % ("one",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1,
          lambda: "%(k)s" % {"j": 1}, lambda: "%c" % 1.5, lambda: "%d" % [], lambda: "%(a)s %s" % {"a": 1}]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
