from sqlite3 import connect
print(connect)
