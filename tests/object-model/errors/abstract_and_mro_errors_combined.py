from abc import ABC, abstractmethod
class Plugin(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    @abstractmethod
    def name(self): ...
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(3): pass
except TypeError as e:
    print("TypeError:", e)
