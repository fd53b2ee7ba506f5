# sys.argv[0] is the script name as given; no extra arguments in the corpus.
import sys
script = sys.argv[0]
print(script, script == "sys_argv_args.py")
print(sys.argv[1:] == [])
for i, arg in enumerate(sys.argv):
    print(i, arg)
