"""Differential check: runs a deterministic pseudo-random workload of
pointer operations and prints one line per operation (result repr or
exception type + message). Run it once under upstream jsonpointer and once
under ours and diff the outputs:

    python differential.py > out.txt   (in each venv)
"""

import copy
import random
import sys
from collections import OrderedDict, defaultdict
from collections.abc import Mapping, Sequence

import jsonpointer
from jsonpointer import (EndOfList, JsonPointer, JsonPointerException,
                         escape, resolve_pointer, set_pointer, unescape)


class MyMap(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'MyMap(%r)' % (self._d,)


class MySeq(Sequence):
    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return 'MySeq(%r)' % (self._items,)


class GetItemOnly:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __repr__(self):
        return 'GetItemOnly(%r)' % (self.d,)


TOKENS = ['a', 'b', '0', '1', '2', '-', '', '01', '-1', ' 1', 'a/b', 'm~n',
          '10', '99999999999999999999999', '1.0', '\u0661', 'é', '~', '/']


def rand_token(r):
    return r.choice(TOKENS)


def rand_doc(r, depth=0):
    kind = r.randrange(12 if depth < 3 else 5)
    if kind == 0:
        return r.choice([None, 1, 2.5, True])
    if kind == 1:
        return r.choice(['str', '', 'abc'])
    if kind == 2:
        return r.randrange(5)
    if kind == 3:
        return bytearray(b'\x01\x02')
    if kind == 4:
        return r.choice([b'xy', range(3), (1, 2)])
    if kind in (5, 6, 7):
        return {rand_token(r): rand_doc(r, depth + 1) for _ in range(r.randrange(4))}
    if kind in (8, 9):
        return [rand_doc(r, depth + 1) for _ in range(r.randrange(4))]
    if kind == 10:
        return r.choice([MyMap, GetItemOnly, OrderedDict])(
            {rand_token(r): rand_doc(r, depth + 1) for _ in range(r.randrange(3))})
    d = defaultdict(list)
    d.update({rand_token(r): rand_doc(r, depth + 1) for _ in range(r.randrange(3))})
    return r.choice([d, MySeq([rand_doc(r, depth + 1) for _ in range(r.randrange(3))]),
                     tuple(rand_doc(r, depth + 1) for _ in range(r.randrange(3)))])


def rand_pointer(r):
    if r.random() < 0.1:
        return r.choice(['a', '/~2', '/a~', '~0', '/~01', 'a/b', '/x/~', '//'])
    return ''.join('/' + escape(rand_token(r)) for _ in range(r.randrange(5)))


def show(x):
    if isinstance(x, EndOfList):
        return 'EndOfList(%r)' % (x.list_,)
    return repr(x)


def run(label, fn):
    try:
        out = show(fn())
    except Exception as e:  # noqa: BLE001
        out = 'EXC %s: %s' % (type(e).__name__, e)
    print(label, out)


def main(n):
    r = random.Random(1234)
    for i in range(n):
        doc = rand_doc(r)
        ptr = rand_pointer(r)
        value = r.choice([0, 'v', [1], {'k': 1}])
        run('%d parse %r' % (i, ptr), lambda: JsonPointer(ptr).parts)
        run('%d path' % i, lambda: JsonPointer(ptr).path)
        run('%d repr' % i, lambda: repr(JsonPointer(ptr)))
        run('%d resolve' % i, lambda: resolve_pointer(doc, ptr))
        run('%d resolve-default' % i, lambda: resolve_pointer(doc, ptr, 'DEF'))
        run('%d to_last' % i, lambda: JsonPointer(ptr).to_last(doc))
        for inplace in (True, False):
            for create in (False, True):
                d2 = copy.deepcopy(doc)
                run('%d set %s %s' % (i, inplace, create),
                    lambda: (set_pointer(d2, ptr, value, inplace, create), d2))
        tok = rand_token(r)
        run('%d get_part %r' % (i, tok), lambda: JsonPointer.get_part(doc, tok))
        run('%d walk %r' % (i, tok), lambda: JsonPointer('').walk(doc, tok))
        run('%d walk-int' % i, lambda: JsonPointer('').walk(doc, r.choice([0, 1, 5, -1])))
        run('%d gcp %r' % (i, tok), lambda: JsonPointer._get_create_part(doc, tok))
        run('%d missing %r' % (i, tok), lambda: JsonPointer._is_missing(doc, tok))
        other = rand_pointer(r)
        run('%d contains' % i, lambda: JsonPointer(ptr).contains(JsonPointer(other)))
        run('%d in' % i, lambda: JsonPointer(other) in JsonPointer(ptr))
        run('%d eq' % i, lambda: (JsonPointer(ptr) == JsonPointer(other),
                                  JsonPointer(ptr) != JsonPointer(other),
                                  hash(JsonPointer(ptr)) == hash(JsonPointer(other))))
        run('%d join' % i, lambda: JsonPointer(ptr).join(other))
        run('%d div' % i, lambda: JsonPointer(ptr) / [tok, 3])
        run('%d from_parts' % i, lambda: JsonPointer.from_parts([tok, 1, ptr]))
        run('%d escape' % i, lambda: (escape(ptr), unescape(ptr)))
    run('nonstr', lambda: JsonPointer(5))
    run('bytes', lambda: JsonPointer(b'/a'))
    run('join-bad', lambda: JsonPointer('/a').join(0))
    run('eol-repr', lambda: repr(resolve_pointer([1], '/-')))
    run('set-root', lambda: set_pointer({}, '', 1))
    run('set-root-copy', lambda: set_pointer({}, '', 1, inplace=False))
    jsonpointer.VERBOSE_EXCEPTIONS = False
    run('quiet', lambda: resolve_pointer({'a': 1}, '/b'))
    big = '1' * (sys.get_int_max_str_digits() + 1) if hasattr(sys, 'get_int_max_str_digits') else '1'
    run('bigidx', lambda: resolve_pointer([0], '/' + big))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
