total = 0
def add(n):
    global total
    total += n
def nested():
    def inner():
        global total
        total *= 10
    inner()
add(3); nested()
print(total)
def creates_global():
    global brand_new
    brand_new = "made"
creates_global()
print(brand_new)
class C:
    def m(self):
        global total
        total = -1
C().m()
print(total)
def reads_before_assign():
    try:
        print(total)
        total = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
reads_before_assign()
