def classify(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case _:
            return "other"
        case str():
            return "text"
