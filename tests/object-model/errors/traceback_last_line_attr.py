class Config:
    def __init__(self):
        self.values = {"debug": True}
    def get(self, key):
        return self.values[key]
c = Config()
print(c.get("debug"))
try:
    c.get("missing")
except KeyError as e:
    print("KeyError:", e)
print(c.settings)
