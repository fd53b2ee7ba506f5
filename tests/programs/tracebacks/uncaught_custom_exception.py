# A user-defined exception subclass escaping to the top level.
class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f"no such section: {name}")
print("loading")
load("database")
