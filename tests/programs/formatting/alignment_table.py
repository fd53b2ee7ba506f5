# Building an aligned text table with format specs.
rows = [("apple", 1.5, 10), ("banana", 0.25, 200), ("cherry", 12.0, 3), ("durian", 100.125, 1)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|{'total':>10}")
print("-" * 36)
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|{price * qty:>10,.2f}")
total = sum(p * q for _, p, q in rows)
print(f"{'TOTAL':<10}|{'':>8}|{'':^5}|{total:>10,.2f}")
for i in range(0, 101, 25):
    bar = "#" * (i // 5)
    print(f"{i:3d}% [{bar:<20}]")
