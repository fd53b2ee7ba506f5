class Config:
    debug = False
    level = 3
    def method(self): pass
public = sorted(k for k in vars(Config) if not k.startswith("_"))
print(public)
obj = Config()
obj.level = 5
print(vars(obj), obj.level, Config.level)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(Config.__dict__["level"], type(Config.__dict__["method"]).__name__)
Config.level += 1
print(Config.level, obj.level)
