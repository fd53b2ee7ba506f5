# list.remove of an absent element is an uncaught ValueError.
fruits = ["apple", "pear"]
fruits.remove("apple")
print(fruits)
fruits.remove("kiwi")
