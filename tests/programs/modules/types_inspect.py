import types
import inspect

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        return "m"
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.MethodType is type(C().m))
print(isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType))
print(types.NoneType, type(None) is types.NoneType, types.EllipsisType is type(...), types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
del ns.a
print(ns, vars(ns), types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=0))
bm = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bm(5))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(C), inspect.isclass(C()))
print(inspect.ismethod(C().m), inspect.ismethod(C.m), inspect.isgenerator(g()), inspect.isgenerator(g))
print(inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(f), inspect.isroutine(3))
print(inspect.getmro(bool), inspect.cleandoc("  first\n    second\n      third\n"))
def doc():
    """Title.

    Body line one.
      Indented.
    """
print(repr(inspect.getdoc(doc)), inspect.getdoc(3) == inspect.getdoc(int))
gen = g()
states = [inspect.getgeneratorstate(gen)]
next(gen)
states.append(inspect.getgeneratorstate(gen))
for _ in gen:
    pass
states.append(inspect.getgeneratorstate(gen))
def watcher():
    yield inspect.getgeneratorstate(me)
me = watcher()
states.append(next(me))
closed = g()
closed.close()
states.append(inspect.getgeneratorstate(closed))
print(states, gen.gi_running, me.gi_suspended)
Point = types.new_class("Point", (), {}, lambda ns: ns.update({"x": 1}))
print(Point.__name__, Point().x, types.resolve_bases((int, str)), types.prepare_class("X")[0])
