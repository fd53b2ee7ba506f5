# decode with utf-8 and latin-1, error handlers, and the error messages.
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
try:
    b"a\xffb".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"abc", "ascii"), "é".encode().decode())
