"""Dict and list churn: word counting, grouping, sorting and list operations."""


def churn(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    groups = {}
    for i in range(n):
        w = words[(i * 7 + i // 3) % len(words)] + str(i % 100)
        counts[w] = counts.get(w, 0) + 1
        groups.setdefault(len(w), []).append(i)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    stack = []
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            stack.pop()
    sizes = {k: len(v) for k, v in groups.items()}
    return top, len(stack), sorted(sizes.items())


print(churn(2_000_000))
