from _half_b import B_VALUE
A_VALUE = 1
