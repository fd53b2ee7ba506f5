# Format-spec mini-language on ints: fill, align, sign, #, 0, width, grouping, types.
for v in [0, 7, -7, 255, -255, 1234567, -1234567, 2**70]:
    print(f"[{v:d}] [{v:+d}] [{v: d}] [{v:-d}] [{v:8d}] [{v:<8d}] [{v:^8d}] [{v:>8d}] [{v:=8d}] [{v:08d}]")
    print(f"[{v:,}] [{v:_}] [{v:_x}] [{v:#b}] [{v:#o}] [{v:#X}] [{v:x}] [{v:o}] [{v:c}]" if 0 <= v < 0x110000 else
          f"[{v:,}] [{v:_}] [{v:_x}] [{v:#b}] [{v:#o}] [{v:#X}] [{v:x}] [{v:o}]")
    print(f"[{v:*^12,}] [{v:#012x}] [{v:+,}] [{v:e}] [{v:.2f}] [{v:%}] [{v:g}] [{v:n}]")
print(format(5, "03"), format(-5, "03"), format(5, "+03"), format(65, "c"), format(True, "d"), format(True, ""))
print(f"{12345:010,}", f"{-12345:010,}", f"{0:#x}", f"{0:#b}", f"{10**20:,d}")
