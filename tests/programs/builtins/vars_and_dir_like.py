# vars() of instances, attribute dictionaries after updates and deletes.
class Config:
    default_level = 1
    def __init__(self, **opts):
        for k, v in opts.items():
            setattr(self, k, v)
c = Config(debug=True, name="app")
print(vars(c))
c.level = 5
del c.debug
print(vars(c), c.default_level, hasattr(c, "debug"))
v = vars(c)
v["added_via_vars"] = 1
print(c.added_via_vars, sorted(vars(c)))
