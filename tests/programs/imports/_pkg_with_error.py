def fail():
    raise RuntimeError("raised in an imported module")


fail()
