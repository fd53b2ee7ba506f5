# Matrix multiplication, transpose, determinant and identity with lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(A, I) == A, matmul(A, A), transpose(A), det(A), det(I))
P = [[1, 1], [1, 0]]
R = I2 = [[1, 0], [0, 1]]
for _ in range(50):
    R = matmul(R, P)
print(R[0][1])
print(det([[2, 0, 0, 0], [0, 3, 0, 0], [0, 0, 4, 0], [0, 0, 0, 5]]), det([[0.5, 1.5], [2.5, 3.5]]))
