from _half_a import A_VALUE
B_VALUE = 2
