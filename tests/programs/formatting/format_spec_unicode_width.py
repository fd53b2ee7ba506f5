# Padding counts code points (not display width or bytes).
for s in ["a", "é", "日本", "😀", "e\u0301"]:
    print(f"[{s:5}] [{s:>5}] [{s:^5}] [{s:.1}] {len(s)}")
print("[%5s] [%-5s]" % ("日本", "é"), "[{:*^6}]".format("ü"), "ä".ljust(3, "·") + "|", "ä".center(4, "·"))
