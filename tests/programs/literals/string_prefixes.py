# All string prefix combinations and what they produce.
n = 7
print(r"\d{3}", R"\t", b"x", B"x", rb"\x00", bR"\x00", Rb"a\b", BR"c\d", f"{n}", F"{n}", rf"\{n}", fR"{n}\n", Rf"{n}", FR"{n}")
print(u"unicode prefix", U"also")
print(len(r"\n"), len("\n"), len(rb"\n"), len(b"\n"))
print("\N{BULLET} \N{EM DASH} \N{SNOWMAN}", "\u2603" == "\N{SNOWMAN}")
print('''a 'single' and "double" inside''', """and ''' too""")
print("tab:\t|", "bell-free: \x07" != "", "\\N{not-escape}" if False else r"\N{raw}")
