def f(*, ):
    pass
