# A caught SystemExit does not exit; a later one with status 4 does.
import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught exit", e.code)
print("still running")
raise SystemExit(4)
