class Storage:
    def load(self):
        return ["storage"]
class Cache(Storage):
    def load(self):
        return ["cache"] + super().load()
class Auth(Storage):
    def load(self):
        return ["auth"] + super().load()
class Service(Cache, Auth):
    def load(self):
        return ["service"] + super().load()
class Service2(Auth, Cache):
    pass
print(Service().load(), Service2().load())
print(super(Cache, Service()).load())
print(super(Auth, Service()).load())
