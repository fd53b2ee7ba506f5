# Everything printed before an uncaught exception reaches stdout, even without a newline.
import sys
print("line 1")
print("partial line without newline", end="")
sys.stdout.write(" + write")
raise LookupError("after partial output")
