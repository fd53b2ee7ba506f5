# from-imports bring names into the module namespace; module attributes remain available.
from math import floor, ceil, inf, nan, isnan, pi as PI_VALUE
from sys import maxsize, argv
import math, sys
print(floor(-1.5), ceil(-1.5), inf, isnan(nan), PI_VALUE == math.pi, maxsize == sys.maxsize, argv == sys.argv)
def local_from():
    from math import sqrt as root
    return root(81)
print(local_from())
