from shutil import copyfile
copyfile("a", "b")
