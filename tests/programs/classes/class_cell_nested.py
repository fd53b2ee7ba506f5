# The implicit __class__ cell reaches functions nested inside a method, and zero-argument
# super() there behaves as in CPython.


class Base:
    def greet(self):
        return "Base.greet"

    def who(self):
        return "base who"


class A(Base):
    def nested(self):
        def inner():
            return __class__

        return inner()

    def deep(self):
        def mid():
            def low():
                return __class__.__name__

            return low()

        return mid()

    def via_lambda(self):
        f = lambda: __class__
        return f()

    def via_genexpr(self):
        return list(__class__.__name__ for _ in range(2))

    def via_comprehension(self):
        return [__class__ is A for _ in range(2)]

    def cell_shared(self):
        def inner():
            return __class__

        return inner.__closure__[0].cell_contents is __class__

    def super_with_param(self):
        def inner(obj):
            return super().greet()

        return inner(self)

    def super_without_param(self):
        def inner():
            return super().greet()

        return inner()

    def super_in_lambda(self):
        return (lambda s: super().who())(self)

    def greet(self):
        return "A.greet"


class B(A):
    pass


a = A()
print(a.nested() is A)
print(B().nested() is A)
print(a.deep())
print(a.via_lambda() is A)
print(a.via_genexpr())
print(a.via_comprehension())
print(a.cell_shared())
print(a.super_with_param())
print(B().super_with_param())
print(a.super_in_lambda())
try:
    a.super_without_param()
except RuntimeError as e:
    print("RuntimeError:", e)


# A nested function with an argument that is not an instance of the class.
class C(Base):
    def m(self):
        def inner(other):
            return super().greet()

        return inner(42)


try:
    C().m()
except TypeError as e:
    print("TypeError:", e)


# Outside any class there is no __class__ cell.
def plain(x):
    return super().greet()


try:
    plain(1)
except RuntimeError as e:
    print("RuntimeError:", e)


def noargs():
    return super().greet()


try:
    noargs()
except RuntimeError as e:
    print("RuntimeError:", e)


# A class defined inside a method gets its own cell; the method's is unaffected.
class Outer:
    def make(self):
        class Inner:
            def which(self):
                def f():
                    return __class__.__name__

                return f()

        def g():
            return __class__.__name__

        return Inner().which(), g()


print(Outer().make())


# The cell is filled only when the class statement completes.
class Early:
    def get(self):
        def inner():
            return __class__

        return inner

    grabbed = None


getter = Early().get()
print(getter() is Early)
