# Output to stderr does not appear in stdout; the last stderr line is recorded.
import sys
print("to stdout")
sys.stderr.write("first stderr line\n")
print("more stdout", file=sys.stdout)
print("second stderr line", file=sys.stderr)
sys.stdout.write("written with write\n")
print("last stderr line", file=sys.stderr)
