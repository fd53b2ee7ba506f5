class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        cls.instances = getattr(cls, "instances", 0) + 1
        return inst
class Widget(metaclass=CountingMeta):
    def __init__(self, size, color="red"):
        self.size = size
        self.color = color
w = Widget(3, color="blue")
Widget(1)
print(w.size, w.color, Widget.instances)
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, v):
        self.v = v
print(Config(1) is Config(2), Config(3).v)
