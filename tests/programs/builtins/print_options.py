# print with sep, end, file and flush; printing many argument kinds.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, 2.0, None, True, [1], (2,), {3: 4}, {5}, "s", b"b", sep=" | ")
print(*range(5), sep="\n")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(sep="x", end="<empty>\n")
print("multi\nline", "arg")
print("a", "b", sep=None, end=None)
print("", "", sep="-")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
