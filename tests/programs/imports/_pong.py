print("pong starts")
import _ping
PONG = "pong"
print("pong sees ping has PING:", hasattr(_ping, "PING"))


def answer():
    return "pong answers " + _ping.PING
