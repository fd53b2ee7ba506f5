# SystemExit can be caught; its code attribute for various arguments.
import sys
for arg in [(), (0,), (2,), ("text",), (None,), (1, 2)]:
    try:
        raise SystemExit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
try:
    sys.exit(42)
except BaseException as e:
    print(type(e).__name__, e.code)
sys.exit(False)
