# Format specs on strings: width, fill, alignment, precision (truncation).
for s in ["", "a", "hello", "héllo", "日本語"]:
    print(f"[{s}] [{s:8}] [{s:<8}] [{s:>8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:>6.3}] [{s:-<4}]")
print(format("x", "^5"), format("abc", "10"), format("abc", "s"), "{:=^20}".format(" centered "))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{'truncate me':.5}|{'pad':.>7}|{'':!<3}|")
