# An exception raised while handling another: "During handling..." then the new one last.
try:
    {}["first"]
except KeyError:
    print("handling KeyError")
    [].pop()
