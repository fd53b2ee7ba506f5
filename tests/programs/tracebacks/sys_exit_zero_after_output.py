# sys.exit(0) after output and inside nested calls: status 0, stdout flushed.
import sys
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(0)
    deep(n - 1)
for i in range(3):
    print("line", i)
deep(5)
print("unreachable")
