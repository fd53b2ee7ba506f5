match 1:
    case [1, _] | _:
        pass
    case 2:
        pass
