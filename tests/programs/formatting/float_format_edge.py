# Float presentation types at edge values: g's exponent switch, precision 0, alternate form.
for v in [1e-5, 1e-4, 0.0001234, 123456.0, 1234567.0, 1e15, 1e16, 1.0, 100.0, 0.1, 5e-324, 1.7976931348623157e308]:
    print(f"{v:g} {v:.1g} {v:.10g} {v:#g} {v:e} {v:.0e} {v:G} {v:.2%} {v:n}")
for v in [0.5, 1.5, 2.5, -0.5, 0.05, 0.15, 0.25, 0.35]:
    print(f"{v:.0f} {v:.1f} {v:.0%} {v:#.0f} {v:.1e}")
print(f"{float('inf'):10.2f}|{float('-inf'):<8}|{float('nan'):+}|{float('nan'):E}|{-0.0:+.1f}|{-0.0:g}")
print(f"{1e100:f}"[:40], f"{2.5:010.3f}", f"{-2.5:=+10.2f}", f"{1234.5678:_.2f}", f"{1e6:,.0f}")
