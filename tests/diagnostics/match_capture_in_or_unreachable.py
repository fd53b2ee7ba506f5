match 1:
    case (1 | x) as y:
        pass
    case 3:
        pass
