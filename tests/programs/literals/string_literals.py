# String literal forms: quotes, escapes, raw strings, implicit concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline')
print(r'raw \n stays', R"C:\path\to", r'\\')
print('con' 'cat' "enation")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print("\101\102\103", "\0" == "\x00", len("\0"))
print(repr('a\tb\nc\\d'), repr("quote'"), repr('dq"'), repr('both\'"'))
print(repr(''), repr(""), repr('\x7f'), repr('\x80'), repr('\u200b'))
print(repr('é'), repr('日本'), repr('\U0001F600'))
s = """line one
line two
  indented"""
print(s)
print(len(s), s.count("\n"))
print("a" "b" 'c' """d""")
t = ("multi"
     "line"
     " concat")
print(t)
print('\a\b\f\v\r'.__repr__())
print("back\\slash", 'x\
y')
