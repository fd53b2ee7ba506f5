# An uncaught UnicodeDecodeError at the end.
print(b"ok".decode())
print(b"\xe2\x82".decode("utf-8"))
