match 1:
    case [x, 1] | [1, (y as z)]:
        pass
