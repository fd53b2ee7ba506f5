class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
Bottom(left=1, right=2, extra=3)
print([c.__name__ for c in Bottom.__mro__])
