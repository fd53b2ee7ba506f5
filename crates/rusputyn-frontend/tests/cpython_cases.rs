//! Syntax and compile-time errors of small programs against CPython 3.11: the frontend
//! must report the same line and the same `Class: message` as `compile()` in `python3`
//! (the expectations below were produced by running it).

use rusputyn_frontend::{SourceFile, check};

/// (source, line CPython reports, `Class: message`); line 0 means CPython compiles it.
const CASES: &[(&str, usize, &str)] = &[
    (
        "def f():\n  global x\n  x = 1\n  global x\n",
        4,
        "SyntaxError: name 'x' is assigned to before global declaration",
    ),
    ("global x\nglobal x\nx = 1\n", 0, ""),
    (
        "print(x)\nglobal x\n",
        2,
        "SyntaxError: name 'x' is used prior to global declaration",
    ),
    (
        "x = 1 \u{20ac} 2\n",
        1,
        "SyntaxError: invalid character '\u{20ac}' (U+20AC)",
    ),
    (
        "x = 1\u{a0}+ 2\n",
        1,
        "SyntaxError: invalid non-printable character U+00A0",
    ),
    ("x = $a\n", 1, "SyntaxError: invalid syntax"),
    ("x = a?\n", 1, "SyntaxError: invalid syntax"),
    (
        "class A:\n  def f(self):\n    return 1\n  x = [i for i in range(3)]\n",
        0,
        "",
    ),
    (
        "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g\n",
        0,
        "",
    ),
    ("async def f():\n  x = [await y for y in z]\n", 0, ""),
    (
        "async def f():\n  yield 1\n  return 2\n",
        3,
        "SyntaxError: 'return' with value in async generator",
    ),
    (
        "async def f():\n  yield from x\n",
        2,
        "SyntaxError: 'yield from' inside async function",
    ),
    ("def f(a, /, b, *, c): pass\n", 0, ""),
    (
        "def f(**kw, *a): pass\n",
        1,
        "SyntaxError: arguments cannot follow var-keyword argument",
    ),
    (
        "f(x for x in y, 1)\n",
        1,
        "SyntaxError: Generator expression must be parenthesized",
    ),
    ("x = [*a, *b]\nprint(*a, *b)\n", 0, ""),
    ("a, *b = c\n[a, *b] = c\n(*a,) = c\n", 0, ""),
    (
        "for x in y:\n  try:\n    pass\n  finally:\n    break\n",
        0,
        "",
    ),
    (
        "while x:\n  def f():\n    break\n",
        3,
        "SyntaxError: 'break' outside loop",
    ),
    ("x = {**a, **b}\n", 0, ""),
    ("x = f'{a!r}' f'{b:>{c}}'\n", 0, ""),
    ("x = rf'\\d{a}'\n", 0, ""),
    (
        "x = f\"{x:{y}}}\"\n",
        1,
        "SyntaxError: f-string: single '}' is not allowed",
    ),
    ("x = f'{{}}'\n", 0, ""),
    ("x = f\"{a}{b}\"[1]\n", 0, ""),
    (
        "x = 1.5j\ny = 1e5\nz = 0xFF\nw = 1_0.0_1e-1_0\nv = .5\nu = 5.\n",
        0,
        "",
    ),
    ("if x:\n\tpass\n", 0, ""),
    ("if x:\n\tif y:\n\t\tpass\n", 0, ""),
    ("x = 1 \\\n  + 2\n", 0, ""),
    ("s = 'a\\\nb'\n", 0, ""),
    ("def f():\n  \"\"\"doc\n  \"\"\"\n  return 1\n", 0, ""),
    ("x = 0_0\ny = 00\n", 0, ""),
    ("x = 1if y else 2\n", 0, ""),
    ("del x, (y, z), [a]\n", 0, ""),
    ("del x.y, x[0]\n", 0, ""),
    ("with a as (b, *c): pass\n", 0, ""),
    (
        "with a as (*b, *c): pass\n",
        1,
        "SyntaxError: multiple starred expressions in assignment",
    ),
    ("a = b = c\n", 0, ""),
    ("lambda: (yield)\n", 0, ""),
    ("x = (yield)\n", 1, "SyntaxError: 'yield' outside function"),
    ("def f():\n  x = lambda: (yield)\n", 0, ""),
    ("class A:\n  x = (lambda: (yield))\n", 0, ""),
    (
        "def f():\n  return [x async for x in y]\n",
        2,
        "SyntaxError: asynchronous comprehension outside of an asynchronous function",
    ),
    ("def f(x):\n  del x\n  global y\n", 0, ""),
    ("x = 1 2\n", 1, "SyntaxError: invalid syntax"),
    (
        "f(a b)\n",
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    ),
    (
        "try:\nx=1\n",
        2,
        "IndentationError: expected an indented block after 'try' statement on line 1",
    ),
    (
        "for x in y:\nx=1\n",
        2,
        "IndentationError: expected an indented block after 'for' statement on line 1",
    ),
    (
        "if 1:\n  pass\nelse:\nx\n",
        4,
        "IndentationError: expected an indented block after 'else' statement on line 3",
    ),
    (
        "with a:\nx\n",
        2,
        "IndentationError: expected an indented block after 'with' statement on line 1",
    ),
    (
        "class A:\nx\n",
        2,
        "IndentationError: expected an indented block after class definition on line 1",
    ),
    (
        "while 1:\nx\n",
        2,
        "IndentationError: expected an indented block after 'while' statement on line 1",
    ),
    (
        "try:\n  x\nexcept E:\nx\n",
        4,
        "IndentationError: expected an indented block after 'except' statement on line 3",
    ),
    (
        "try:\n  x\nfinally:\nx\n",
        4,
        "IndentationError: expected an indented block after 'finally' statement on line 3",
    ),
    (
        "if 1:\n  pass\nelif 2:\nx\n",
        4,
        "IndentationError: expected an indented block after 'elif' statement on line 3",
    ),
    (
        "print \"a\" % x\n",
        1,
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?",
    ),
    (
        "exec \"x\"\n",
        1,
        "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?",
    ),
    (
        "f(**a, *b)\n",
        1,
        "SyntaxError: iterable argument unpacking follows keyword argument unpacking",
    ),
    (
        "f(**a, b)\n",
        1,
        "SyntaxError: positional argument follows keyword argument unpacking",
    ),
    (
        "f() += 1\n",
        1,
        "SyntaxError: 'function call' is an illegal expression for augmented assignment",
    ),
    (
        "for f() in x: pass\n",
        1,
        "SyntaxError: cannot assign to function call",
    ),
    (
        "def f(a, a=1, *a): pass\n",
        1,
        "SyntaxError: duplicate argument 'a' in function definition",
    ),
    (
        "lambda a, a: 1\n",
        1,
        "SyntaxError: duplicate argument 'a' in function definition",
    ),
    (
        "def f(a):\n  global a\n",
        2,
        "SyntaxError: name 'a' is parameter and global",
    ),
    (
        "def f():\n  x=1\n  global x\n",
        3,
        "SyntaxError: name 'x' is assigned to before global declaration",
    ),
    (
        "x = *a\n",
        1,
        "SyntaxError: can't use starred expression here",
    ),
    (
        "[x for x in y] = 1\n",
        1,
        "SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
    ),
    (
        "a + 1 = 2\n",
        1,
        "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?",
    ),
    ("None = 1\n", 1, "SyntaxError: cannot assign to None"),
    ("(a, 1) = 2\n", 1, "SyntaxError: cannot assign to literal"),
    (
        "x = f\"{}\"\n",
        1,
        "SyntaxError: f-string: empty expression not allowed",
    ),
    (
        "x = f\"}\"\n",
        1,
        "SyntaxError: f-string: single '}' is not allowed",
    ),
    (
        "x = f'{a!z}'\n",
        1,
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'",
    ),
    (
        "x = (1,\n 2]\n",
        2,
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1",
    ),
    ("x = )\n", 1, "SyntaxError: unmatched ')'"),
    (
        "class A:\n  yield 1\n",
        2,
        "SyntaxError: 'yield' outside function",
    ),
    ("await x\n", 1, "SyntaxError: 'await' outside function"),
    (
        "x = [(yield) for a in b]\n",
        1,
        "SyntaxError: 'yield' inside list comprehension",
    ),
    (
        "def f():\n  nonlocal x\n",
        2,
        "SyntaxError: no binding for nonlocal 'x' found",
    ),
    (
        "x=1\ndef f():\n  global x\n  nonlocal x\n",
        3,
        "SyntaxError: name 'x' is nonlocal and global",
    ),
    ("x = 0x1g\n", 1, "SyntaxError: invalid hexadecimal literal"),
    (
        "x = 0o19\n",
        1,
        "SyntaxError: invalid digit '9' in octal literal",
    ),
    (
        "x = 0b12\n",
        1,
        "SyntaxError: invalid digit '2' in binary literal",
    ),
    ("x = 1e\n", 1, "SyntaxError: invalid decimal literal"),
    (
        "x = 09\n",
        1,
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    ),
    ("x = 1_000j2\n", 1, "SyntaxError: invalid imaginary literal"),
    ("x = f\"{a\"\n", 1, "SyntaxError: f-string: expecting '}'"),
    (
        "x = f'{\\\\n}'\n",
        1,
        "SyntaxError: f-string expression part cannot include a backslash",
    ),
    (
        "x = f'{#}'\n",
        1,
        "SyntaxError: f-string expression part cannot include '#'",
    ),
    ("x = (1 2\n", 1, "SyntaxError: '(' was never closed"),
    (
        "x = (1\n2)\n",
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    ),
    (
        "def f(x):\n\tif x:\n        return 1\n",
        3,
        "TabError: inconsistent use of tabs and spaces in indentation",
    ),
    (
        "def f():\n  x: int = 1\n  global x\n",
        3,
        "SyntaxError: annotated name 'x' can't be global",
    ),
    (
        "def f():\n  print(x)\n  nonlocal x\n",
        3,
        "SyntaxError: name 'x' is used prior to nonlocal declaration",
    ),
    (
        "def g():\n  def f(x):\n    nonlocal x\n",
        3,
        "SyntaxError: name 'x' is parameter and nonlocal",
    ),
    (
        "while 1:\n  pass\nelse:\n  break\n",
        4,
        "SyntaxError: 'break' outside loop",
    ),
    (
        "def f():\n  for x in y:\n    def g():\n      continue\n",
        4,
        "SyntaxError: 'continue' not properly in loop",
    ),
    (
        "def f():\n  await x\n",
        2,
        "SyntaxError: 'await' outside async function",
    ),
    (
        "f(a=1, b=2, a=3)\n",
        1,
        "SyntaxError: keyword argument repeated: a",
    ),
    (
        "class A(x=1, x=2): pass\n",
        1,
        "SyntaxError: keyword argument repeated: x",
    ),
    (
        "for *a in b: pass\n",
        1,
        "SyntaxError: starred assignment target must be in a list or tuple",
    ),
    (
        "a, *b, *c = d\n",
        1,
        "SyntaxError: multiple starred expressions in assignment",
    ),
    (
        "x = {1: (yield)}\n",
        1,
        "SyntaxError: 'yield' outside function",
    ),
    ("del f()\n", 1, "SyntaxError: cannot delete function call"),
    ("del (a, 1)\n", 1, "SyntaxError: cannot delete literal"),
    (
        "(yield) = 1\n",
        1,
        "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
    ),
    ("a < b = 1\n", 1, "SyntaxError: cannot assign to comparison"),
    ("not a = 1\n", 1, "SyntaxError: cannot assign to expression"),
    (
        "-a = 1\n",
        1,
        "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?",
    ),
    (
        "a.b + c = 1\n",
        1,
        "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?",
    ),
    (
        "\"s\" = 1\n",
        1,
        "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?",
    ),
    (
        "f\"{x}\" = 1\n",
        1,
        "SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
    ),
    (
        "... = 1\n",
        1,
        "SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
    ),
    ("True = 1\n", 1, "SyntaxError: cannot assign to True"),
    ("x = [1, 2\n", 1, "SyntaxError: '[' was never closed"),
    ("x = {\n", 1, "SyntaxError: '{' was never closed"),
    ("foo(\n  1,\n  2\n", 1, "SyntaxError: '(' was never closed"),
    (
        "if x:\n    pass\n  else:\n    pass\n",
        3,
        "IndentationError: unindent does not match any outer indentation level",
    ),
    (
        "def f(*, ): pass\n",
        1,
        "SyntaxError: named arguments must follow bare *",
    ),
    (
        "def f(*a=1): pass\n",
        1,
        "SyntaxError: var-positional argument cannot have default value",
    ),
    (
        "x = \"abc\n",
        1,
        "SyntaxError: unterminated string literal (detected at line 1)",
    ),
    (
        "def f():\n    return\n        x = 1\n",
        3,
        "IndentationError: unexpected indent",
    ),
    (
        "(a, b): int = 1\n",
        1,
        "SyntaxError: only single target (not tuple) can be annotated",
    ),
    (
        "f(): int\n",
        1,
        "SyntaxError: illegal target for annotation",
    ),
    ("x := 1\n", 1, "SyntaxError: invalid syntax"),
    (
        "(a.b := 1)\n",
        1,
        "SyntaxError: cannot use assignment expressions with attribute",
    ),
    ("import\n", 1, "SyntaxError: invalid syntax"),
    ("from x import\n", 1, "SyntaxError: invalid syntax"),
    ("def f(:\n  pass\n", 1, "SyntaxError: invalid syntax"),
    ("x = [i for i in]\n", 1, "SyntaxError: invalid syntax"),
    ("if x\n  pass\n", 1, "SyntaxError: expected ':'"),
    ("class A\n  pass\n", 1, "SyntaxError: expected ':'"),
    ("a = 1\n  b = 2\n", 2, "IndentationError: unexpected indent"),
    (
        "x = \"\"\"a\nb\n",
        1,
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2)",
    ),
    (
        "x = '''\n",
        1,
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1)",
    ),
    ("x = 5 +\n", 1, "SyntaxError: invalid syntax"),
    (
        "x = yield = 1\n",
        1,
        "SyntaxError: assignment to yield expression not possible",
    ),
    ("return\n", 1, "SyntaxError: 'return' outside function"),
    (
        "def f():\n  class A:\n    return 1\n",
        3,
        "SyntaxError: 'return' outside function",
    ),
    ("lambda: (yield)\n", 0, ""),
    (
        "def f():\n  x = [await y for y in z]\n",
        2,
        "SyntaxError: asynchronous comprehension outside of an asynchronous function",
    ),
    ("x = f\"{x!r:>{w}}\"\n", 0, ""),
    (
        "x = f\"{x:{y}\"\n",
        1,
        "SyntaxError: f-string: expecting '}'",
    ),
    (
        "x = f\"{x}}\"\n",
        1,
        "SyntaxError: f-string: single '}' is not allowed",
    ),
    (
        "x = f'{x!}'\n",
        1,
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'",
    ),
    ("x = f\"{)}\"\n", 1, "SyntaxError: f-string: unmatched ')'"),
    (
        "x = f'{a['b']}'\n",
        1,
        "SyntaxError: f-string: unmatched '['",
    ),
    (
        "if x:\n",
        1,
        "IndentationError: expected an indented block after 'if' statement on line 1",
    ),
    (
        "def f():\n",
        1,
        "IndentationError: expected an indented block after function definition on line 1",
    ),
    ("else if x:\n  pass\n", 1, "SyntaxError: invalid syntax"),
    ("while True print(1)\n", 1, "SyntaxError: invalid syntax"),
    ("import a.b as\n", 1, "SyntaxError: invalid syntax"),
    ("a = [1, 2, 3,,]\n", 1, "SyntaxError: invalid syntax"),
    (
        "f(x=1, y)\n",
        1,
        "SyntaxError: positional argument follows keyword argument",
    ),
    (
        "d = {1: 2, 3}\n",
        1,
        "SyntaxError: ':' expected after dictionary key",
    ),
    ("x = (1, 2,\n", 1, "SyntaxError: '(' was never closed"),
    ("elif x:\n  pass\n", 1, "SyntaxError: invalid syntax"),
    (
        "try:\n  x = 1\ny = 2\n",
        3,
        "SyntaxError: expected 'except' or 'finally' block",
    ),
    ("x++\n", 1, "SyntaxError: invalid syntax"),
    ("x = 1 +* 2\n", 1, "SyntaxError: invalid syntax"),
    (
        "def f(): pass\n  return\n",
        2,
        "IndentationError: unexpected indent",
    ),
    ("class A: pass pass\n", 1, "SyntaxError: invalid syntax"),
    (
        "for i in range(10) print(i)\n",
        1,
        "SyntaxError: invalid syntax",
    ),
    (
        "x == 1 = 2\n",
        1,
        "SyntaxError: cannot assign to comparison",
    ),
    (
        "print(\"a\" \"b\" c)\n",
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    ),
    ("if x == 1\n  pass\n", 1, "SyntaxError: expected ':'"),
    ("def f(x y): pass\n", 1, "SyntaxError: invalid syntax"),
    (
        "x = [1 2 3]\n",
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    ),
    (
        "x = {\"a\": 1 \"b\": 2}\n",
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    ),
    ("import 1\n", 1, "SyntaxError: invalid syntax"),
    (
        "from . import (a, b\n",
        1,
        "SyntaxError: '(' was never closed",
    ),
    (
        "x = 5\nif x > 3:\n    print(\"big\")\n  print(\"x\")\n",
        4,
        "IndentationError: unindent does not match any outer indentation level",
    ),
    (
        "def f(self, *args, **kwargs, x): pass\n",
        1,
        "SyntaxError: arguments cannot follow var-keyword argument",
    ),
    (
        "x = \"abc' \n",
        1,
        "SyntaxError: unterminated string literal (detected at line 1)",
    ),
    (
        "def f():\n    x = 1\n     y = 2\n",
        3,
        "IndentationError: unexpected indent",
    ),
    (
        "for x in range(3):\n    pass\nelse\n    pass\n",
        3,
        "SyntaxError: expected ':'",
    ),
    (
        "with open(f) as g\n  pass\n",
        1,
        "SyntaxError: expected ':'",
    ),
    ("x = not\n", 1, "SyntaxError: invalid syntax"),
    ("assert(x, \"m\")\n", 0, ""),
    (
        "x = [i for i in range(3) if i else 0]\n",
        1,
        "SyntaxError: invalid syntax",
    ),
    (
        "def f(a=1, /, b): pass\n",
        1,
        "SyntaxError: non-default argument follows default argument",
    ),
    ("f(*)\n", 1, "SyntaxError: invalid syntax"),
    ("f(**)\n", 1, "SyntaxError: invalid syntax"),
    (
        "x = 1\n\n\n    \n  y\n",
        5,
        "IndentationError: unexpected indent",
    ),
    ("x = (\n1\n+\n", 1, "SyntaxError: '(' was never closed"),
    ("async = 1\n", 1, "SyntaxError: invalid syntax"),
    (
        "def f():\n  yield = 1\n",
        2,
        "SyntaxError: assignment to yield expression not possible",
    ),
    ("class = 1\n", 1, "SyntaxError: invalid syntax"),
    ("def if(): pass\n", 1, "SyntaxError: invalid syntax"),
    ("x = 1;;\n", 1, "SyntaxError: invalid syntax"),
    ("print(1))\n", 1, "SyntaxError: unmatched ')'"),
    ("x = [1, 2]]\n", 1, "SyntaxError: unmatched ']'"),
    ("}\n", 1, "SyntaxError: unmatched '}'"),
    (
        "x = {1, 2)\n",
        1,
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '{'",
    ),
    (
        "x = u\"a\" b\"b\"\n",
        1,
        "SyntaxError: cannot mix bytes and nonbytes literals",
    ),
    (
        "x = b'\\xff' 'a'\n",
        1,
        "SyntaxError: cannot mix bytes and nonbytes literals",
    ),
    (
        "x = b\"\u{e9}\"\n",
        1,
        "SyntaxError: bytes can only contain ASCII literal characters",
    ),
    ("nonlocal = 1\n", 1, "SyntaxError: invalid syntax"),
    ("x: int: str = 1\n", 1, "SyntaxError: invalid syntax"),
    ("del\n", 1, "SyntaxError: invalid syntax"),
    ("pass = 1\n", 1, "SyntaxError: invalid syntax"),
    ("raise X from\n", 1, "SyntaxError: invalid syntax"),
    ("x = lambda: yield\n", 1, "SyntaxError: invalid syntax"),
    (
        "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
        3,
        "SyntaxError: default 'except:' must be last",
    ),
    (
        "x = 0777\n",
        1,
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    ),
    ("x = 1__0\n", 1, "SyntaxError: invalid decimal literal"),
    ("x = 1_\n", 1, "SyntaxError: invalid decimal literal"),
    ("x = 0x\n", 1, "SyntaxError: invalid hexadecimal literal"),
    ("x = 1.2.3\n", 1, "SyntaxError: invalid syntax"),
];

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, line, want) in CASES {
        let file = SourceFile::new("t.py", source);
        let shown = file.clone();
        let got = match check(file, "__main__") {
            Ok(_) => None,
            Err(diags) => diags.iter().find(|d| d.is_syntax_error()).map(|d| {
                let text = d.render(&shown);
                let last = text.lines().last().unwrap_or("").to_string();
                (shown.line_col(d.span.start).0, last)
            }),
        };
        let ok = match &got {
            None => line == 0,
            Some((l, m)) => *l == line && m == want,
        };
        if !ok {
            failures.push(format!("{source:?}: expected {line} {want:?}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
