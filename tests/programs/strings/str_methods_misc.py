# Less common str methods and argument combinations.
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("Hello".ljust(10, "*"), "Hello".rjust(10, "*"), "Hello".center(10, "*"), "Hello".zfill(10))
print("  x  ".isspace(), "\t\n".isspace(), "".isspace(), "abc".isidentifier(), "class".isidentifier(), "2x".isidentifier())
print("hello world".title(), "HELLO WORLD".capitalize(), "hello-world_foo bar".title(), "ǉ".title(), "ǉ".upper())
print("%s" % "x".join(["1", "2", "3"]), "abc".join("xyz"), "".join(["a"] * 3))
print("tab\tseparated\tvalues".split("\t"), "a||b".split("|"), "||".split("|"), "a b".split(" ", 5))
print("Python".startswith(("Py", "Ja")), "Python"[::-1].upper().lower().capitalize())
print(str.upper("direct"), str.join("-", ["a", "b"]), str.split("a b"), str.__len__("four"))
