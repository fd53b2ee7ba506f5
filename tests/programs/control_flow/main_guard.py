# The `if __name__ == "__main__"` idiom and module-level names.
import sys
def main(argv):
    print("name:", __name__)
    print("argv0:", argv[0])
    print("args:", argv[1:])
    return 0
print(__name__ == "__main__")
if __name__ == "__main__":
    code = main(sys.argv)
    print("code", code)
else:
    print("imported")
