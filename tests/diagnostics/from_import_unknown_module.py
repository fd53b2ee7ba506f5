from collections import OrderedDict
print(OrderedDict())
