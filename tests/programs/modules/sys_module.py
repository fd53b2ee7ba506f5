# sys: argv, maxsize, getrecursionlimit, stdout/stderr write return values.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
n = sys.stdout.write("written\n")
print(n)
m = sys.stderr.write("to stderr\n")
print(m)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
print(type(sys.argv).__name__, sys.argv[1:])
