# raise SystemExit(7) from inside a function and an except block.
def main():
    try:
        raise ValueError("bad")
    except ValueError:
        print("handling, then exiting with 7")
        raise SystemExit(7)
main()
