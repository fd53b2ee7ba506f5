# Circular imports: `import` of a partially initialised module works (its attributes arrive
# later); `from M import name` of a name not yet bound raises CPython's ImportError.
import _ping
print(_ping.ask())
import _pong
print(_pong.PONG, _pong._ping is _ping)
try:
    import _half_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[: msg.index(" (")], "circular" in msg)
