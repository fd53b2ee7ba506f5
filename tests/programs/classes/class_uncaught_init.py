# An exception raised inside __init__ propagates to the caller uncaught.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
print(Temperature(300).kelvin)
print(Temperature(-1).kelvin)
