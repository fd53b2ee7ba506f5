# Name resolution through nested functions, globals and builtins (LEGB).
len_calls = 0
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_global()
print(outer())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def three_levels():
    a = 1
    def two():
        b = 2
        def one():
            return a + b
        return one()
    return two()
print(three_levels())
def class_scope():
    y = "function y"
    class K:
        y = "class y"
        z = y + "!"
        def m(self):
            return y
    return K.z, K().m()
print(class_scope())
