# What escapes a try/except* whose handler raised while another part stayed unhandled: a
# new group "" holding the handler's exception (chained to the matched part) and the rest.
def main():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("handler failed")


try:
    main()
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
print("again, uncaught")
main()
