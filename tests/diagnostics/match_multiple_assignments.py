match 1:
    case [x, {"a": x}]:
        pass
