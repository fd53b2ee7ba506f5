"""The ``jsonpointer`` command: resolve one JSON pointer on JSON files.

Installed as a console script. The module is self-contained (absolute
imports only) so it can also be executed as a plain script file, the way
upstream's ``bin/jsonpointer`` is.

Exit status: 0 if the pointer resolved on every file, 1 if it did not on at
least one (or a file was skipped with ``--continue-on-error``), 2 for usage
errors, 130 on Ctrl-C.
"""

import argparse
import json
import sys

import jsonpointer

parser = argparse.ArgumentParser(
    description='Resolve a JSON pointer on JSON files')

# The pointer comes from -f, -p or the first positional argument.
ptr_group = parser.add_mutually_exclusive_group()
ptr_group.add_argument('-f', '--pointer-file', type=str,
                       help='File containing a JSON pointer expression')
ptr_group.add_argument('-p', '--pointer', type=str,
                       help='A JSON pointer expression')

parser.add_argument('POINTER', type=str, nargs='?',
                    help='A JSON pointer expression (if neither -f nor -p '
                         'is given)')
parser.add_argument('FILE', type=str, nargs='+',
                    help='Files for which the pointer should be resolved')
parser.add_argument('--indent', type=int, default=None,
                    help='Indent output by n spaces')
parser.add_argument('--continue-on-error', action='store_true',
                    help='Continue with remaining files after JSON or text '
                         'decoding errors')
parser.add_argument('-v', '--version', action='version',
                    version='%(prog)s ' + jsonpointer.__version__)


def main():
    """Entry point: run, then translate the outcome into the exit status."""
    try:
        ok = resolve_files()
    except KeyboardInterrupt:
        sys.exit(130)  # 128 + SIGINT, as shells report it
    if not ok:
        sys.exit(1)


def open_input(name):
    """Opens `name` as UTF-8 text; "-" means standard input.

    An unopenable file is a usage error (exit status 2)."""
    if name == '-':
        return sys.stdin
    try:
        return open(name, encoding='utf-8')
    except OSError as e:
        parser.error("can't open '%s': %s" % (name, e))


def _close(f):
    # Standard input belongs to the caller: never close it.
    if f is not sys.stdin:
        f.close()


def parse_pointer(args):
    """Returns (JsonPointer, files to process) for the parsed arguments.

    With -p or -f, a POINTER positional is really the first file."""
    files = args.FILE
    if args.pointer is not None or args.pointer_file is not None:
        if args.POINTER is not None:
            files = [args.POINTER] + files
        if args.pointer is not None:
            text = args.pointer
        else:
            source = open_input(args.pointer_file)
            try:
                # Only the line ending goes: trailing blanks may belong to
                # a member name.
                text = source.read().rstrip('\r\n')
            except UnicodeDecodeError as e:
                parser.error('could not decode pointer file: %s' % e)
            finally:
                _close(source)
    elif args.POINTER is not None:
        text = args.POINTER
    else:
        parser.error('a JSON pointer is required (POINTER, -p or -f)')

    # Also catches a forgotten pointer, where the first file name would
    # otherwise be taken for it.
    try:
        pointer = jsonpointer.JsonPointer(text)
    except jsonpointer.JsonPointerException as e:
        parser.error('invalid JSON pointer %r: %s' % (text, e))
    return pointer, files


def resolve_files():
    """Resolves the pointer on every file, printing each result as JSON.

    Returns False if any file could not be resolved or was skipped."""
    args = parser.parse_args()
    pointer, files = parse_pointer(args)
    ok = True
    for name in files:
        source = open_input(name)
        try:
            doc = json.load(source)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            if not args.continue_on_error:
                raise
            print('Could not parse JSON in %r: %s' % (name, e),
                  file=sys.stderr)
            ok = False
            continue
        finally:
            _close(source)

        try:
            result = pointer.resolve(doc)
            if isinstance(result, jsonpointer.EndOfList):
                raise jsonpointer.JsonPointerException(
                    "'-' does not reference an existing array element")
            print(json.dumps(result, indent=args.indent))
        except jsonpointer.JsonPointerException as e:
            print('Could not resolve pointer: %s' % str(e), file=sys.stderr)
            ok = False
    return ok


if __name__ == '__main__':
    main()
