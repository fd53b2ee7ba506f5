# A data pipeline of chained generators with filtering and aggregation.
def read_lines():
    data = "10,apple\n20,banana\n-5,bad\n30,cherry\n\n40,date"
    for line in data.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        if not line:
            continue
        qty, name = line.split(",")
        yield int(qty), name
def valid(items):
    for qty, name in items:
        if qty >= 0:
            yield qty, name
        else:
            print("skipping", name)
def running(items):
    total = 0
    for qty, name in items:
        total += qty
        yield name, total
for name, total in running(valid(parse(read_lines()))):
    print(name, total)
