# splitlines with every line boundary and keepends.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "no newline".splitlines())
print("a\n\nb\n".split("\n"), "a\n\nb\n".splitlines())
