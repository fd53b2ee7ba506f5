from enum import Flag, auto
class Style(Flag):
    NONE = 0
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    EMPHASIS = BOLD | ITALIC
s = Style.BOLD | Style.UNDERLINE
print(s, Style.EMPHASIS, Style.NONE, bool(Style.NONE), Style.BOLD in Style.EMPHASIS)
print(s & Style.EMPHASIS, Style.EMPHASIS & Style.UNDERLINE, (s | Style.ITALIC).value)
print([m.name for m in Style], Style(3), Style(3) is Style.EMPHASIS)
try:
    Style(16)
except ValueError as e:
    print("ValueError:", e)
