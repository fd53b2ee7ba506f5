# A recursive pretty-printer for nested data (like json.dumps with indent), written by hand.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
data = {"name": "demo", "version": 1.5, "tags": ["a", "b"], "nested": {"ok": True, "none": None, "empty": {}, "list": []},
        "quote": 'say "hi"', "n": 10**20}
print(dump(data))
