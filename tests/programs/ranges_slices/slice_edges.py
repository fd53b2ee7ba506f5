# Slicing edge cases: negative steps, bounds beyond length, empty results, big ints.
a = list(range(10))
print(a[-1:0:-1], a[0:-1:-1], a[::-11], a[10::-1], a[-11::1], a[3:-3], a[-3:3], a[5:5:-1])
print(a[2**70:], a[-(2**70):2], a[::2**70], a[::-(2**70)])
s = "0123456789"
print(s[1:-1:3], s[-2::-3], s[:3:-1], s[9:0:-4], repr(s[1:1]), s[::-1][::-1] == s)
print(a[None:None], a[None:3], a[7:None], a[::None])
