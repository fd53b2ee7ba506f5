# Records, grouping and formatted reports.
records = [
    ("widget", "tools", 3, 2.50), ("gadget", "tools", 10, 1.25), ("apple", "food", 50, 0.30),
    ("bread", "food", 2, 2.99), ("hammer", "tools", 1, 15.00), ("milk", "food", 0, 1.10),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append((name, qty, price))
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(q * p for _, q, p in items)
    print(f"{cat.upper()} ({len(items)} items, value {value:.2f})")
    for name, q, p in sorted(items, key=lambda t: -t[1] * t[2]):
        flag = " OUT OF STOCK" if q == 0 else ""
        print(f"  {name:<8}{q:>4} x {p:>6.2f} = {q * p:>7.2f}{flag}")
cheapest = min(records, key=lambda r: r[3])
print("cheapest:", cheapest[0], "| most stocked:", max(records, key=lambda r: r[2])[0])
