# Tuples as lightweight records: sorting, grouping, unpacking in loops and returns.
people = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cid", 31, "Lima"), ("Dee", 19, "Oslo")]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:<4}{age:>3} {city}")
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, ())
    by_city[city] += (name,)
print(by_city)
def stats(rows):
    ages = [r[1] for r in rows]
    return min(ages), max(ages), sum(ages) / len(ages)
lo, hi, mean = stats(people)
print(lo, hi, mean)
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0], oldest[-1], people.index(("Bob", 25, "Rome")))
