"""Extra behaviour checks of rusputyn-markupsafe beyond upstream's suite.

Differential tests against the standard library (``html.unescape``, which
upstream's ``Markup.unescape`` calls) and against a straightforward Python
model of ``Markup.striptags``, plus edge cases (lone surrogates, subclasses,
the ``__html__`` protocol). Run by ``packages/markupsafe/test.sh``.
"""

from __future__ import annotations

import html
import typing as t
import pickle
import random
from html.entities import html5

import pytest

import markupsafe
from markupsafe import Markup, escape, escape_silent, soft_str


def model_striptags(value: str) -> str:
    """Plain-Python model of upstream's algorithm: drop comments/tags until
    an unclosed one, collapse whitespace, unescape."""
    out = []
    pos = 0
    while True:
        start = value.find("<", pos)
        if start == -1:
            break
        if value.startswith("<!--", start):
            end = value.find("-->", start + 4)
            if end == -1:
                break
            end += 3
        else:
            end = value.find(">", start)
            if end == -1:
                break
            end += 1
        out.append(value[pos:start])
        pos = end
    out.append(value[pos:])
    return html.unescape(" ".join("".join(out).split()))


def model_escape(value: str) -> str:
    return (
        value.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


ALPHABET = list("&#;<>!-'\" \t\n\r\x0c\x1cxX09aAmpltgqu") + [
    "\u00e9", "\u4e16", "\U0001f600", "\u00a0", "\u2028", "\u3000", "\ud800", "\udfff",
]
NAMES = list(html5)


def random_text(rng: random.Random, size: int) -> str:
    parts = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.1:
            parts.append("&" + rng.choice(NAMES))
        elif roll < 0.15:
            parts.append("&#" + ("x" if rng.random() < 0.5 else "") + str(rng.randrange(0, 1 << 22)))
        else:
            parts.append(rng.choice(ALPHABET))
    return "".join(parts)


def test_is_rusputyn() -> None:
    assert markupsafe.__rusputyn__ is True


@pytest.mark.parametrize("seed", range(20))
def test_random_differential(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        text = random_text(rng, rng.randrange(0, 60))
        assert str(escape(text)) == model_escape(text)
        assert Markup(text).unescape() == html.unescape(text)
        assert Markup(text).striptags() == model_striptags(text)


def test_every_numeric_reference() -> None:
    for code in list(range(0, 0x3000)) + list(range(0xD7F0, 0xE010)) + list(
        range(0xFDC0, 0x10010)
    ) + list(range(0x10FFF0, 0x110010)) + [2**32, 2**64, 10**30]:
        for ref in (f"&#{code};", f"&#x{code:x};", f"&#X{code:X}", f"&#{code}z"):
            assert Markup(ref).unescape() == html.unescape(ref), ref


def test_every_named_reference() -> None:
    for name, value in html5.items():
        assert Markup("&" + name).unescape() == html.unescape("&" + name)
        assert Markup("&" + name + "x;").unescape() == html.unescape("&" + name + "x;")


def test_long_names() -> None:
    for n in (30, 31, 32, 33, 40):
        text = "&" + "a" * n + ";" + "&" + "\u00e9" * n + ";"
        assert Markup(text).unescape() == html.unescape(text)
    text = "&amp" + "b" * 28 + ";"
    assert Markup(text).unescape() == html.unescape(text)


def test_whitespace_collapse_matches_str_split() -> None:
    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    text = "a" + spaces + "b" + "".join(c + "x" for c in spaces)
    assert Markup(text).striptags() == " ".join(text.split())


def test_surrogates() -> None:
    text = "\ud800<&>\udfff"
    assert escape(text) == "\ud800&lt;&amp;&gt;\udfff"
    text = "\ud800&amp;<b>x</b>\udfff \ud800"
    assert Markup(text).striptags() == model_striptags(text)
    assert Markup("\ud800&amp;").unescape() == "\ud800&"
    assert markupsafe._escape_inner("\udc80'") == "\udc80&#39;"


def test_return_types() -> None:
    assert type(escape("x")) is Markup
    assert type(escape(1)) is Markup
    assert type(escape_silent(None)) is Markup and escape_silent(None) == ""
    assert type(Markup("x").unescape()) is str
    assert type(Markup("x").striptags()) is str
    assert type(Markup("&amp;").unescape()) is str
    assert type(soft_str(Markup("x"))) is Markup
    assert type(markupsafe._escape_inner("x")) is str


class LoudInt(int):
    def __str__(self) -> str:
        return "loud"


@pytest.mark.parametrize(
    "value",
    [0, 7, -5, -6, 42, 256, 257, -(2**63), 2**63 - 1, 2**63, -(2**64), 10**300, True, False,
     1.5, -0.0, None, LoudInt(3)],
)
def test_soft_str_of_numbers_is_str(value: object) -> None:
    # Exact ints are formatted natively (small ones shared): same text as str().
    result = soft_str(value)
    assert type(result) is str and result == str(value)
    assert soft_str(value) == result


def test_soft_str_keeps_the_int_digit_limit() -> None:
    with pytest.raises(ValueError, match="Exceeds the limit"):
        soft_str(10**5000)


def test_escape_clean_text_is_equal_not_copied_semantics() -> None:
    value = "plain text"
    result = escape(value)
    assert result == value and type(result) is Markup


def test_markup_constructor() -> None:
    assert Markup() == "" and type(Markup()) is Markup
    assert Markup(None) == "None"
    assert Markup(b"caf\xc3\xa9", "utf-8") == "caf\u00e9"
    assert Markup(b"caf\xe9", "ascii", "replace") == "caf\ufffd"
    assert Markup(object="x") == "x"
    with pytest.raises(TypeError):
        Markup("x", "utf-8")

    class H:
        def __html__(self) -> str:
            return "<b>h</b>"

    assert Markup(H()) == "<b>h</b>"
    assert escape(H()) == "<b>h</b>"


def test_html_errors_propagate() -> None:
    class Bad:
        def __html__(self) -> str:
            raise KeyError("boom")

    with pytest.raises(KeyError):
        escape(Bad())

    class BadAttr:
        def __getattr__(self, name: str) -> object:
            raise RuntimeError(name)

    with pytest.raises(RuntimeError):
        escape(BadAttr())


def test_html_lookup_versus_call_errors() -> None:
    # `__html__` is called without a bound method; an AttributeError raised
    # by the call must propagate, one raised by the lookup means "absent".
    class RaisesInside:
        def __html__(self) -> str:
            return self.missing  # type: ignore[attr-defined,no-any-return]

    for function in (escape, Markup, lambda v: Markup("{0}").format(v), lambda v: Markup("") + v):
        with pytest.raises(AttributeError, match="missing"):
            function(RaisesInside())

    class DynamicAbsent:
        def __getattr__(self, name: str) -> object:
            raise AttributeError("no " + name)  # no name/obj context

        def __str__(self) -> str:
            return "<d>"

    assert escape(DynamicAbsent()) == "&lt;d&gt;"
    assert Markup(DynamicAbsent()) == "<d>"

    class InstanceAttr:
        def __str__(self) -> str:
            return "<s>"

    obj = InstanceAttr()
    obj.__html__ = lambda: "<i>"  # type: ignore[attr-defined]
    assert escape(obj) == "<i>" and Markup(obj) == "<i>"

    class ReturnsMarkupAndHtml:
        def __html__(self) -> object:
            return RaisesNothing()

    class RaisesNothing:
        def __html__(self) -> str:
            return "<inner>"

    # Markup(x.__html__()) unwraps once more, like upstream.
    assert escape(ReturnsMarkupAndHtml()) == "<inner>"


def test_reentrant_construction() -> None:
    # str.__new__ runs __str__, which builds Markup objects itself: the
    # reused argument tuple must not be shared between the nested calls.
    class Nested:
        def __str__(self) -> str:
            return str(Markup("<a>") + Markup(Nested2()) + escape(3))

    class Nested2:
        def __str__(self) -> str:
            return "<n2>" + Markup("x")

    # Expected values recorded from upstream MarkupSafe 3.0.4.
    assert Markup(Nested()) == "<a>&lt;n2&gt;x3"
    assert escape(Nested()) == "&lt;a&gt;&amp;lt;n2&amp;gt;x3"
    values = [Markup(str(i)) for i in range(100)]
    assert values == [str(i) for i in range(100)]


def test_markup_new_fast_path_and_subclasses() -> None:
    class S(str):
        pass

    value = Markup(S("<s>"))
    assert type(value) is Markup and value == "<s>"

    class Sub(Markup):
        pass

    assert type(Sub("<x>")) is Sub
    assert Markup.__new__(Markup, "y") == "y"
    assert Markup.__new__(Sub, "y").__class__ is Sub
    with pytest.raises(TypeError):
        Markup.__new__(str, "y")
    big = "\u4e16<" * 5000
    assert Markup(big) == big and escape(big) == big.replace("<", "&lt;")


def test_class_call_entry_follows_class_changes() -> None:
    # `Markup(x)` skips type.__call__ while Markup.__new__ and __init__ are
    # the original ones; every change to the class must be honoured at once.
    import copyreg

    class H:
        def __html__(self) -> str:
            return "<h>"

    assert type(Markup("<a>")) is Markup and Markup("<a>") == "<a>"
    assert Markup(H()) == "<h>" and Markup(7) == "7" and Markup() == ""
    assert Markup(b"<b>", "ascii") == "<b>" and Markup(object="<o>") == "<o>"
    assert type.__call__(Markup, "<t>") == "<t>"
    with pytest.raises(TypeError, match="unexpected keyword argument 'x'"):
        Markup(x=1)
    # Protocol 0/1 pickles rebuild through str.__new__(Markup, ...), which
    # CPython only allows while Markup's tp_new is the Python-level slot.
    assert copyreg._reconstructor(Markup, str, "<r>") == "<r>"
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        restored = pickle.loads(pickle.dumps(Markup("<p>"), protocol))
        assert type(restored) is Markup and restored == "<p>"

    original_new = Markup.__dict__["__new__"]
    calls: list[str] = []
    try:
        Markup.__new__ = staticmethod(lambda cls, v: str.__new__(cls, "patched"))
        assert Markup("x") == "patched"
        Markup.__new__ = original_new
        assert Markup("x") == "x"
        Markup.__init__ = lambda self, v: calls.append(v)  # type: ignore[method-assign,misc]
        assert Markup("y") == "y" and calls == ["y"]
        del Markup.__init__
        assert Markup("z") == "z" and calls == ["y"]
        Markup.unrelated = 1  # type: ignore[attr-defined]
        del Markup.unrelated  # type: ignore[attr-defined]
        assert Markup("w") == "w"
    finally:
        Markup.__new__ = original_new
        if "__init__" in Markup.__dict__:
            del Markup.__init__

    class Sub(Markup):
        def __init__(self, value: object) -> None:
            calls.append("sub")

    assert type(Sub("s")) is Sub and calls == ["y", "sub"]


def test_subclass() -> None:
    class Sub(Markup):
        pass

    value = Sub.escape("<x>")
    assert type(value) is Sub and value == "&lt;x&gt;"
    assert type(Sub("a") + "<") is Sub
    assert type(Sub("<a>").striptags()) is str

    class Loud(Markup):
        def unescape(self) -> str:
            return super().unescape().upper()

    assert Loud("<b>x &amp; y</b>").striptags() == "X & Y"


def test_pickle_and_repr() -> None:
    value = Markup("<em>x</em>")
    assert pickle.loads(pickle.dumps(value)) == value
    assert type(pickle.loads(pickle.dumps(value))) is Markup
    assert repr(value) == "Markup('<em>x</em>')"


def test_methods() -> None:
    m = Markup("<em>%s</em>")
    assert m % "<" == "<em>&lt;</em>"
    assert m % ("<",) == "<em>&lt;</em>"
    assert Markup("%(a)s") % {"a": "&"} == "&amp;"
    assert Markup("%r") % ("'",) == "&#34;&#39;&#34;"
    assert Markup("<br>").join(["<", Markup("<i>")]) == "&lt;<br><i>"
    assert "<" + Markup("<b>") == "&lt;<b>"
    assert Markup("a") * 2 == "aa" and 2 * Markup("a") == "aa"
    assert Markup("a b").split() == ["a", "b"]
    assert all(type(p) is Markup for p in Markup("a b").partition(" "))
    assert Markup("x").center(3, "-") == "-x-"
    with pytest.raises(TypeError):  # upstream escapes the fill character too
        Markup("x").center(5, "&")
    assert Markup("{0}{x!r}").format("<", x="&") == "&lt;&#39;&amp;&#39;"
    with pytest.raises(ValueError, match="Unsupported format specification for Markup."):
        Markup("{0:s}").format(Markup("x"))
    assert Markup("x").__html_format__("") == "x"


def test_version_warning() -> None:
    with pytest.warns(DeprecationWarning):
        assert markupsafe.__version__ == "3.0.4"


class _HTMLOnly:
    def __html__(self) -> str:
        return "<b>only</b>"


class _HTMLFormat:
    def __html__(self) -> str:
        return "<b>plain</b>"

    def __html_format__(self, spec: str) -> str:
        return f"<b>{spec}</b>"


FORMAT_CASES = [
    ("{0}{1}", ("<", "&"), {}),
    ("{}{}", ("<", 1), {}),
    ("{0}{}", ("a", "b"), {}),
    ("{}{0}", ("a", "b"), {}),
    ("{}{1}", ("a", "b"), {}),
    ("{a.real}{b}", (), {"a": 3, "b": "'"}),
    ("{0[x]}{0[y][0]}", ({"x": "<", "y": ["&"]},), {}),
    ("{0!r}{0!s}{0!a}", ("é<",), {}),
    ("{0!x}", ("a",), {}),
    ("{0:>{1}}", ("<", 6), {}),
    ("{0:{1}{2}}", (3.14159, ".", "2f"), {}),
    ("{0:{1:{2}}}", ("a", "b", "c"), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{{literal}} {0}", ("<",), {}),
    ("{0:d}", (Markup("x"),), {}),
    ("{0:x}", (_HTMLOnly(),), {}),
    ("{0}{0:spec}", (_HTMLFormat(),), {}),
    ("{0}", (_HTMLOnly(),), {}),
    ("{x}", (), {}),
    ("{5}", ("a",), {}),
    ("{0.nope}", (1,), {}),
    ("{\u00b2}", ("a",), {"\u00b2": "sq"}),
    ("{\u0661}{}", ("a", "<b>"), {}),
    ("{}{\u0661}", ("a", "<b>"), {}),
    ("{.real}", (1,), {"": 2}),
    ("{0:%Y}", (__import__("datetime").date(2024, 1, 2),), {}),
    ("\ud800{0}", ("\udfff<",), {}),
]


def _outcome(func):  # type: ignore[no-untyped-def]
    try:
        result = func()
    except Exception as exc:  # noqa: BLE001 - comparing failures too
        return ("error", type(exc), str(exc))
    return ("ok", type(result), str(result))


@pytest.mark.parametrize(("template", "args", "kwargs"), FORMAT_CASES)
def test_format_matches_python_formatter(template: str, args: tuple, kwargs: dict) -> None:
    m = Markup(template)
    reference = markupsafe.EscapeFormatter(Markup.escape)
    expected = _outcome(lambda: Markup(reference.vformat(m, args, kwargs)))
    assert _outcome(lambda: m.format(*args, **kwargs)) == expected
    assert _outcome(lambda: m.format_map(kwargs)) == _outcome(
        lambda: Markup(reference.vformat(m, (), kwargs))
    )


MOD_CASES = [
    ("%s", "<"),
    ("%s %s", ("<", "&")),
    ("%(a)s %(b)r", {"a": "<", "b": "'"}),
    ("%d %.1f %i", (3.7, 2, "9")),
    ("%x", (255,)),
    ("%s", {"a": 1}),
    ("%s", ["<"]),
    ("%s", _HTMLOnly()),
    ("%s %s", ("a",)),
    ("%s", ()),
    ("%c", ("<",)),
]


def _model_mod(template: str, value: t.Any) -> Markup:
    class _MarkupEscapeHelper:
        def __init__(self, obj: t.Any) -> None:
            self.obj = obj

        def __getitem__(self, key: t.Any) -> _MarkupEscapeHelper:
            return Helper(self.obj[key])

        def __str__(self) -> str:
            return str(escape(self.obj))

        def __repr__(self) -> str:
            return str(escape(repr(self.obj)))

        def __int__(self) -> int:
            return int(self.obj)

        def __float__(self) -> float:
            return float(self.obj)

    Helper = _MarkupEscapeHelper
    if isinstance(value, tuple):
        args: t.Any = tuple(Helper(x) for x in value)
    elif hasattr(type(value), "__getitem__") and not isinstance(value, str):
        args = Helper(value)
    else:
        args = (Helper(value),)
    return Markup(str.__mod__(template, args))


@pytest.mark.parametrize(("template", "value"), MOD_CASES)
def test_mod_matches_model(template: str, value: t.Any) -> None:
    assert _outcome(lambda: Markup(template) % value) == _outcome(
        lambda: _model_mod(template, value)
    )


def test_join_and_add_edge_cases() -> None:
    assert Markup("").join([]) == "" and type(Markup("").join([])) is Markup
    assert Markup(",").join(iter(["<", _HTMLOnly(), 3])) == "&lt;,<b>only</b>,3"
    with pytest.raises(TypeError):
        Markup(",").join(5)
    assert Markup("a").__add__(3) is NotImplemented
    assert Markup("a").__radd__(3) is NotImplemented
    with pytest.raises(TypeError):
        Markup("a") + 3
    assert Markup("a") + _HTMLOnly() == "a<b>only</b>"
    assert _HTMLOnly() + Markup("a") == "<b>only</b>a"
    assert "\ud800<" + Markup("&") == "\ud800&lt;&"


# Outcomes recorded from upstream MarkupSafe 3.0.4 (with its C speedups).
CONSTRUCTOR_CASES = [
    ("Markup.__new__()", "TypeError: Markup.__new__() missing 1 required positional argument: 'cls'"),
    ("Markup.__new__(int)", "TypeError: super(type, obj): obj must be an instance or subtype of type"),
    ("Markup.__new__(5)", "TypeError: super(type, obj): obj must be an instance or subtype of type"),
    ("Markup(1, 2, 3, 4)", "TypeError: Markup.__new__() takes from 1 to 4 positional arguments but 5 were given"),
    ("Markup(x=1)", "TypeError: Markup.__new__() got an unexpected keyword argument 'x'"),
    ("Markup('a', object='b')", "TypeError: Markup.__new__() got multiple values for argument 'object'"),
    ("Markup(cls=1)", "TypeError: Markup.__new__() got multiple values for argument 'cls'"),
    ("Markup(object='k')", "Markup('k')"),
    ("Markup(b'a', 'ascii')", "Markup('a')"),
    ("Markup(b'a', encoding=None, errors='x')", "Markup(\"b'a'\")"),
    ("Markup(b'\\xff', 'utf-8', errors='replace')", "Markup('\ufffd')"),
]


@pytest.mark.parametrize(("call", "expected"), CONSTRUCTOR_CASES)
def test_constructor_arguments(call: str, expected: str) -> None:
    try:
        outcome = repr(eval(call))  # noqa: S307 - fixed test expressions
    except TypeError as exc:
        outcome = f"TypeError: {exc}"
    assert outcome == expected


@pytest.mark.parametrize(
    ("template", "value"),
    [
        ("%(a)s %(b)d", {"a": "<", "b": None}),
        ("%(a(b))s", {"a(b)": "<"}),
        ("%-5s|%5.2r|%a", ("<", "'", "\u00e9")),
        ("%s %%", ("&",)),
        ("%d", (None,)),
        ("%5.1f", ("x",)),
        ("%o", ("x",)),
        ("%(a", {"a": 1}),
        ("%", ()),
        ("%z", (1,)),
        ("%ls", ("<",)),
    ],
)
def test_mod_templates(template: str, value: t.Any) -> None:
    assert _outcome(lambda: Markup(template) % value) == _outcome(
        lambda: _model_mod(template, value)
    )
