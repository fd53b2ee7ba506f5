# Formatting floats with every presentation type.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1e16, 1.5e-7, 123456.789, 1e100, float("inf"), float("nan"), 0.125]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:.1%}|{v}|{v:r}" if False else
          f"{v:f}|{v:.2f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:.1%}|{v}")
for v in [1.0, 1.5, 1e16, 1e-5, 0.0001, 123.0]:
    print(format(v, ""), format(v, "n"), format(v, ".0f"), format(v, ".0e"), format(v, "#.0f"), format(v, "#g"))
print(f"{1234567.891:,.2f}", f"{1234567.891:_.3f}", f"{-1.5:+08.2f}", f"{1.5: .1f}", f"{2.5:^10.1f}|")
print(f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}", f"{2.675:.2f}", f"{1e-10:.3g}")
print("%f %e %g %.2f %10.3f|%-10.1f|" % (3.14159, 31415.9, 0.0000314, 2.675, 1.0, -1.25))
