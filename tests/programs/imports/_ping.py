print("ping starts")
import _pong
PING = "ping"


def ask():
    return "ping asks " + _pong.answer()
