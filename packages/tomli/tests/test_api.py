"""Behaviour of the public API, mirroring what tomli 2.5.0 documents and does."""

import copy
import datetime
import decimal
import io
import math
import pickle
import sys
import warnings

import pytest

import tomli


def test_is_rusputyn_build():
    assert tomli.__rusputyn__ is True
    assert tomli.__version__ == "2.5.0"
    assert set(tomli.__all__) == {"loads", "load", "TOMLDecodeError"}


def test_upstream_public_names_exist(upstream_sdist):
    import ast

    init = upstream_sdist / "src" / "tomli" / "__init__.py"
    tree = ast.parse(init.read_text())
    names = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "__all__":
            names = ast.literal_eval(node.value)
        if isinstance(node, ast.Assign) and node.targets[0].id == "__version__":
            assert ast.literal_eval(node.value) == tomli.__version__
    assert names is not None
    for name in names:
        assert hasattr(tomli, name), name


def test_readme_example():
    toml_str = """
[[players]]
name = "Lehtinen"
number = 26

[[players]]
name = "Numminen"
number = 27
"""
    assert tomli.loads(toml_str) == {
        "players": [{"name": "Lehtinen", "number": 26}, {"name": "Numminen", "number": 27}]
    }


def test_load_binary(tmp_path):
    p = tmp_path / "f.toml"
    p.write_bytes("a = 'é'\r\nb = 1\n".encode())
    with open(p, "rb") as f:
        assert tomli.load(f) == {"a": "é", "b": 1}


def test_load_bytesio_and_bytearray():
    assert tomli.load(io.BytesIO(b"x = 1")) == {"x": 1}

    class F:
        def read(self):
            return bytearray(b"y = 2")

    assert tomli.load(F()) == {"y": 2}


def test_load_text_mode_rejected(tmp_path):
    p = tmp_path / "f.toml"
    p.write_text("a = 1")
    with open(p, encoding="utf-8") as f, pytest.raises(TypeError) as info:
        tomli.load(f)
    assert str(info.value) == (
        "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
    )


def test_load_invalid_utf8():
    with pytest.raises(UnicodeDecodeError):
        tomli.load(io.BytesIO(b"a = '\xff'"))


@pytest.mark.parametrize("bad", [b"a = 1", 1, None, ["a = 1"]])
def test_loads_type_error(bad):
    with pytest.raises(TypeError) as info:
        tomli.loads(bad)
    assert str(info.value) == f"Expected str object, not '{type(bad).__qualname__}'"


def test_loads_str_subclass():
    class S(str):
        pass

    assert tomli.loads(S("a = 1")) == {"a": 1}


def test_positional_only_and_keyword_only():
    with pytest.raises(TypeError):
        tomli.loads("a = 1", float)
    with pytest.raises(TypeError):
        tomli.loads(s="a = 1")


def test_parse_float_decimal():
    doc = "a = 0.1\nb = [1e3, -inf, nan, 1_000.5]\nc = 3"
    out = tomli.loads(doc, parse_float=decimal.Decimal)
    assert out["a"] == decimal.Decimal("0.1")
    assert out["b"][0] == decimal.Decimal("1e3")
    assert out["b"][1] == decimal.Decimal("-inf")
    assert out["b"][2].is_nan()
    assert out["b"][3] == decimal.Decimal("1000.5")
    assert out["c"] == 3 and type(out["c"]) is int


def test_parse_float_receives_raw_lexemes_in_order():
    seen = []

    def pf(s):
        seen.append(s)
        return s

    doc = "[t]\nz = 1_0.5e+1_0\n[a]\nb = [+inf, -nan, 2.0]\n"
    tomli.loads(doc, parse_float=pf)
    assert seen == ["1_0.5e+1_0", "+inf", "-nan", "2.0"]


@pytest.mark.parametrize("bad", [list, lambda s: {}, lambda s: [1], lambda s: type("D", (dict,), {})()])
def test_parse_float_must_not_return_containers(bad):
    with pytest.raises(ValueError) as info:
        tomli.loads("f = 0.1", parse_float=bad)
    assert str(info.value) == "parse_float must not return dicts or lists"


def test_parse_float_exception_wins_over_later_syntax_error():
    def pf(s):
        raise ZeroDivisionError(s)

    with pytest.raises(ZeroDivisionError):
        tomli.loads("a = 1.5\nb = ???", parse_float=pf)


def test_parse_float_not_called_without_floats():
    assert tomli.loads("a = 1", parse_float=None) == {"a": 1}


def test_float_values():
    out = tomli.loads("a = inf\nb = -inf\nc = nan\nd = -nan\ne = -0.0\nf = 6.02e23")
    assert out["a"] == math.inf and out["b"] == -math.inf
    assert math.isnan(out["c"]) and math.copysign(1, out["c"]) == 1
    assert math.isnan(out["d"]) and math.copysign(1, out["d"]) == -1
    assert math.copysign(1, out["e"]) == -1
    assert out["f"] == 6.02e23


def test_integers():
    out = tomli.loads(
        "a = 0xDEAD_beef\nb = 0o755\nc = 0b1101\nd = -1_000\ne = +0\n"
        "f = 99999999999999999999999999\ng = 0xffffffffffffffffffffff"
    )
    assert out == {
        "a": 0xDEADBEEF,
        "b": 0o755,
        "c": 13,
        "d": -1000,
        "e": 0,
        "f": 99999999999999999999999999,
        "g": 0xFFFFFFFFFFFFFFFFFFFFFF,
    }


def test_datetime_types():
    out = tomli.loads(
        "odt1 = 1979-05-27T07:32:00Z\n"
        "odt2 = 1979-05-27T00:32:00.999999-07:00\n"
        "odt3 = 1979-05-27 07:32:00+05:30\n"
        "ldt = 1979-05-27T07:32:00.1234567\n"
        "ld = 1979-05-27\n"
        "lt = 00:32:00.5\n"
        "short = 07:32\n"
    )
    assert out["odt1"] == datetime.datetime(1979, 5, 27, 7, 32, tzinfo=datetime.timezone.utc)
    assert out["odt1"].tzinfo is datetime.timezone.utc
    tz = datetime.timezone(datetime.timedelta(hours=-7))
    assert out["odt2"] == datetime.datetime(1979, 5, 27, 0, 32, 0, 999999, tzinfo=tz)
    assert out["odt2"].utcoffset() == datetime.timedelta(hours=-7)
    assert out["odt3"].utcoffset() == datetime.timedelta(hours=5, minutes=30)
    assert out["ldt"] == datetime.datetime(1979, 5, 27, 7, 32, 0, 123456)
    assert out["ldt"].tzinfo is None
    assert type(out["ld"]) is datetime.date and out["ld"] == datetime.date(1979, 5, 27)
    assert out["lt"] == datetime.time(0, 32, 0, 500000)
    assert out["short"] == datetime.time(7, 32)


def test_strings():
    out = tomli.loads(
        'a = "tab\\tnl\\nq\\"u\\u00e9U\\U0001F600e\\ex\\x41"\n'
        "b = 'C:\\\\no\\\\escape'\n"
        'c = """\nline1\\\n   line2"""\n'
        "d = '''\nraw\n''''\n"
        'e = """"quoted"""""\n'
    )
    assert out["a"] == 'tab\tnl\nq"uéU\U0001F600e\x1bxA'
    assert out["b"] == "C:\\\\no\\\\escape"
    assert out["c"] == "line1line2"
    assert out["d"] == "raw\n'"
    assert out["e"] == '"quoted""'


def test_dotted_keys_and_tables():
    out = tomli.loads(
        'site."google.com" = true\n'
        "[a.b]\nc = 1\n[a]\nd = 2\n"
        "[[arr]]\nx = 1\n[arr.sub]\ny = 2\n[[arr]]\n"
        "inline = { p.q = 1, r = [ {s = 1} ], }\n"
    )
    assert out == {
        "site": {"google.com": True},
        "a": {"b": {"c": 1}, "d": 2},
        "arr": [{"x": 1, "sub": {"y": 2}}, {"inline": {"p": {"q": 1}, "r": [{"s": 1}]}}],
    }


ERRORS = [
    ("a = 1\nb = \n", "Invalid value", 10, 2, 5),
    ("val=.1", "Invalid value", 4, 1, 5),
    ("a = 1 b", "Expected newline or end of document after a statement", 6, 1, 7),
    ("?", "Invalid statement", 0, 1, 1),
    ("[a]\n[a]", "Cannot declare ('a',) twice", 6, 2, 3),
    ("a = 1\na = 2", "Cannot overwrite a value", 11, 2, 6),
    ("[a\n", "Expected ']' at the end of a table declaration", 2, 1, 3),
    ("[[a]\n", "Expected ']]' at the end of an array declaration", 3, 1, 4),
    ("a = [1]\n[[a]]", "Cannot mutate immutable namespace ('a',)", 11, 2, 4),
    ("a = {b = 1}\na.c = 2", "Cannot mutate immutable namespace ('a',)", 19, 2, 8),
    ("[x.y]\n[x]\ny.z = 1", "Cannot redefine namespace ('x', 'y')", 17, 3, 8),
    ("a", "Expected '=' after a key in a key/value pair", 1, 1, 2),
    ("= 1", "Invalid statement", 0, 1, 1),
    ("a.= 1", "Invalid initial character for a key part", 2, 1, 3),
    ("a = [1 2]", "Unclosed array", 7, 1, 8),
    ("a = {b = 1 c = 2}", "Unclosed inline table", 11, 1, 12),
    ("a = {b = 1, b = 2}", "Duplicate inline table key 'b'", 17, 1, 18),
    ('a = "\\q"', "Unescaped '\\' in a string", 7, 1, 8),
    ('a = "\\u12"', "Invalid hex value", 7, 1, 8),
    ('a = "\\uD800"', "Escaped character is not a Unicode scalar value", 11, 1, 12),
    ("a = 'abc", "Expected \"'\"", 8, 1, 9),
    ("a = '''abc", "Expected \"'''\"", 10, 1, 11),
    ("# bad \x00 comment", "Found invalid character '\\x00'", 6, 1, 7),
    ('a = "x\x7f"', "Illegal character '\\x7f'", 6, 1, 7),
    ('a = "abc', "Unterminated string", 8, 1, 9),
    ("a = 2021-02-30", "Invalid date or datetime", 4, 1, 5),
]


@pytest.mark.parametrize("doc,msg,pos,lineno,colno", ERRORS)
def test_error_messages(doc, msg, pos, lineno, colno):
    with pytest.raises(tomli.TOMLDecodeError) as info:
        tomli.loads(doc)
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.msg, e.pos, e.lineno, e.colno) == (msg, pos, lineno, colno)
    assert e.doc == doc
    where = "end of document" if pos >= len(doc) else f"line {lineno}, column {colno}"
    assert str(e) == f"{msg} (at {where})"


def test_error_positions_count_code_points():
    doc = "a = 'é€😀'\nb = ?"
    with pytest.raises(tomli.TOMLDecodeError) as info:
        tomli.loads(doc)
    assert info.value.pos == doc.index("?")
    assert (info.value.lineno, info.value.colno) == (2, 5)


def test_error_doc_is_crlf_normalised():
    with pytest.raises(tomli.TOMLDecodeError) as info:
        tomli.loads("a = 1\r\nb = ?")
    assert info.value.doc == "a = 1\nb = ?"
    assert info.value.pos == 10


def test_duplicate_key_repr_uses_python_repr():
    with pytest.raises(tomli.TOMLDecodeError) as info:
        tomli.loads("a = {\"it's\" = 1, \"it's\" = 2}")
    assert info.value.msg == 'Duplicate inline table key "it\'s"'


def test_decode_error_constructor():
    e = tomli.TOMLDecodeError("boom", "ab\ncd", 4)
    assert str(e) == "boom (at line 2, column 2)"
    assert (e.msg, e.doc, e.pos, e.lineno, e.colno) == ("boom", "ab\ncd", 4, 2, 2)
    with pytest.warns(DeprecationWarning):
        legacy = tomli.TOMLDecodeError("free form")
    assert legacy.args == ("free form",)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert tomli.TOMLDecodeError().args == ()
        assert tomli.TOMLDecodeError("a", "b", "c", "d").args == ("a", "b", "c", "d")


def test_decode_error_copy():
    try:
        tomli.loads("x = ")
    except tomli.TOMLDecodeError as e:
        # Like upstream, copying goes through the deprecated free-form constructor path.
        with pytest.warns(DeprecationWarning):
            c = copy.copy(e)
        assert str(c) == str(e)


def test_recursion_limits():
    with pytest.raises(RecursionError) as info:
        tomli.loads("x = " + "[" * 500 + "]" * 500)
    assert "nested more than the allowed 400 levels" in str(info.value)
    deep = "x = " + "[" * 300 + "]" * 300
    assert tomli.loads(deep)["x"]
    limit = sys.getrecursionlimit()
    with pytest.raises(RecursionError) as info:
        tomli.loads(".".join(["k"] * (limit + 5)) + " = 1")
    assert str(info.value) == f"TOML key has more than the allowed {limit} parts"


def test_results_are_fresh_objects():
    doc = "a = [1]\n[t]\nb = 'x'"
    one, two = tomli.loads(doc), tomli.loads(doc)
    assert one == two and one is not two and one["a"] is not two["a"]
    one["t"]["c"] = 1
    assert "c" not in two["t"]
    assert pickle.loads(pickle.dumps(one)) == one


def test_submodule_paths():
    from tomli._parser import TOMLDecodeError, load, loads

    assert TOMLDecodeError is tomli.TOMLDecodeError
    assert loads is tomli.loads and load is tomli.load
