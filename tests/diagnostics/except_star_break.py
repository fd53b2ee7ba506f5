for i in range(3):
    try:
        pass
    except* ValueError:
        pass
    else:
        break
    finally:
        continue
try:
    pass
except* ValueError:
    break
