# any/all stop at the first decisive element, leaving the rest of an iterator unconsumed.
def loud(xs):
    for x in xs:
        print("checking", x)
        yield x
print(any(loud([0, 0, 3, 4])))
print(all(loud([1, 1, 0, 5])))
it = iter([0, 1, 2, 3])
print(any(it), list(it))
print(any([]), all([]), any([[]]), all([[]]), any("0"), all(""))
