# An UnboundLocalError escaping from a closure.
def make():
    hits = 0
    def hit():
        hits += 1
        return hits
    return hit
h = make()
print("calling")
h()
