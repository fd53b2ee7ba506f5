# Breaking out of nested loops with flags and with functions returning early.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10), find_pair([3, 3], 6))
found = False
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = True
            break
    if found:
        break
print(row, col)
grid = ["..#", ".#.", "#.."]
for r, line in enumerate(grid):
    for c, cell in enumerate(line):
        if cell == "#":
            print("hash at", r, c)
            break
