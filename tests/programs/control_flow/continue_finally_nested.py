# continue and break inside try/finally nested in loops.
log = []
for i in range(4):
    try:
        if i % 2:
            continue
        log.append(f"body{i}")
    finally:
        log.append(f"fin{i}")
print(log)
log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i == 3:
                break
        finally:
            log.append(f"inner{i}")
    finally:
        log.append(f"outer{i}")
print(log)
