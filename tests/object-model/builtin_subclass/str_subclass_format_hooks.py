class Sql(str):
    def __add__(self, o):
        return Sql(str.__add__(self, o.replace("'", "''")))
    def __mod__(self, args):
        return Sql(str.__mod__(self, tuple(a.replace("'", "''") if isinstance(a, str) else a for a in args)))
q = Sql("SELECT * WHERE name = '") + "O'Brien" + "'"
print(q, type(q).__name__)
print(Sql("name='%s' age=%d") % ("D'Arcy", 3))
class Upper(str):
    def __str__(self):
        return self.upper()
u = Upper("shout")
print(str(u), f"{u}", "%s" % u, u, repr(u), "{}".format(u))
