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
    hash_eq_cases()


def hash_eq_cases():
    """hash/==/contains after every way `parts` can change or escape
    (ours caches the hash while the parts list is private)."""
    def hashes(*ptrs):
        return [hash(p) == hash(tuple(p.parts)) for p in ptrs]

    def mutate_after_hash():
        p = JsonPointer('/a/b')
        h1 = hash(p)
        p.parts.append('c')
        return h1 == hash(('a', 'b')), hash(p) == hash(('a', 'b', 'c')), p == JsonPointer('/a/b/c')

    def get_parts_mutation():
        p = JsonPointer('/a/b')
        hash(p)
        p.get_parts()[0] = 'z'
        return hashes(p), p.path, JsonPointer('/z') in p

    def assign():
        p = JsonPointer('/a/b')
        hash(p)
        p.parts = ['x', 1]
        q = JsonPointer('/x/1')
        return hashes(p), p == q, q == p, p.contains(JsonPointer('/x')), q.contains(p)

    def assign_tuple():
        p = JsonPointer('/a/b')
        p.parts = ('a', 'b')
        q = JsonPointer('/a/b')
        return hash(p) == hash(q), p == q, q == p, q.contains(p), p.contains(q)

    class Weird(str):
        def __hash__(self):
            return 7

        def __eq__(self, other):
            return str.__eq__(self, other)

    def weird_parts():
        p = JsonPointer.from_parts([Weird('a')])
        return hashes(p), p == JsonPointer('/a'), type(p.parts[0]).__name__

    def copies():
        import copy
        import pickle
        p = JsonPointer('/x/y')
        hash(p)
        c = copy.copy(p)
        shared = c.parts is p.parts
        c.parts.append('z')
        d = copy.deepcopy(p)
        d.parts.append('w')
        e = pickle.loads(pickle.dumps(p))
        return shared, hashes(p, c, d, e), p == c, p == d, e == p

    class Sub(JsonPointer):
        pass

    def subclass():
        s, p = Sub('/a/b'), JsonPointer('/a/b')
        hash(s)
        s.parts.append('c')
        return hashes(s, p), s == p, p == s, s.contains(p), p.contains(s), p in s

    def joined():
        p = JsonPointer('/a') / JsonPointer('/b') / ['c', 2]
        hash(p)
        q = JsonPointer.from_parts(['a', 'b', 'c', '2'])
        return hashes(p, q), p == q, p.path

    def contains_calls():
        p, q = JsonPointer('/a/b'), JsonPointer('/a')
        out = [p.contains(q), p.contains(ptr=q), JsonPointer.contains(p, q),
               JsonPointer.contains(p, ptr=q), q.contains(p), p.contains(p)]
        for call in (lambda: p.contains(), lambda: p.contains(q, q),
                     lambda: p.contains(x=q), lambda: p.contains(q, ptr=q),
                     lambda: p.contains(1)):
            try:
                out.append(call())
            except Exception as e:  # message shapes differ between Python/C
                out.append(type(e).__name__)
        return out

    def not_pointers():
        p = JsonPointer('/a')
        return (p == '/a', p != '/a', p.__eq__('/a'), p.__ne__(['a']),
                p == p, JsonPointer('') == JsonPointer(''), hash(JsonPointer('')) == hash(()))

    for name, fn in [('mutate-after-hash', mutate_after_hash), ('get-parts', get_parts_mutation),
                     ('assign', assign), ('assign-tuple', assign_tuple),
                     ('weird-parts', weird_parts), ('copies', copies), ('subclass', subclass),
                     ('joined', joined), ('contains-calls', contains_calls),
                     ('not-pointers', not_pointers)]:
        run('hash-eq ' + name, fn)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
