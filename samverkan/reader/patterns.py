"""The reader's regular expressions, compiled when the project is installed.

`samverkan parse` is a whole process per call, and Python compiles a regular
expression with pure-Python code (re._parser, re._compiler): the reader's
patterns took some 30 ms of every start, while the child process was already
extracting a PDF and the helper that shares its pages waited for this process
to be done (cli.py). As compileall does for the modules, `make install` stores
what that compiler makes of each pattern (`python -m samverkan.reader.patterns`),
and preload() hands it to _sre.compile, as re._compiler.compile does, into re's
own cache: `re.compile()` then finds each pattern compiled.

The file is only trusted for the same Python and the same regular expression
engine. A pattern that is not in it (changed since) is compiled as usual, and so
is everything when the file is missing or unreadable.
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
from array import array

# Beside the modules' bytecode (os.path: pathlib would cost more to import than it saves)
CACHE = os.path.join(
    os.path.dirname(__file__), "__pycache__", f"patterns.{sys.implementation.cache_tag}.marshal"
)
STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE)
CODE = "I" if _sre.CODESIZE == 4 else "H"  # the engine's code words, as an array type


def preload(path: str = CACHE) -> int:
    """Put the stored patterns into re's cache; how many. Never fails."""
    try:
        with open(path, "rb") as handle:
            stamp, entries = marshal.load(handle)
        if tuple(stamp) != STAMP:
            return 0
        for pattern, flags, compiled_flags, code, groups, groupindex, indexgroup in entries:
            re._cache[str, pattern, flags] = _sre.compile(
                pattern, compiled_flags, array(CODE, code).tolist(), groups, groupindex, indexgroup
            )
    except Exception:  # noqa: BLE001 - a damaged or foreign file only costs the time it saves
        return 0
    return len(entries)


def entry(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile for the pattern, as marshal stores it."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = array(CODE, _compiler._code(parsed, flags)).tobytes()  # loads faster than a list
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        int(flags),
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def reader_patterns() -> list[tuple[str, int]]:
    """The patterns the reader compiles: those in re's cache after reading a protocol."""
    re.purge()
    import samverkan.reader.clean  # noqa: F401 - what `samverkan parse` imports to read
    import samverkan.reader.cli  # noqa: F401
    import samverkan.reader.extract.pdf  # noqa: F401
    import samverkan.reader.parse  # noqa: F401
    from samverkan.reader import parse_text

    parse_text("1. Mötets öppnande\nKommunal undrar om något.\n")  # patterns made on first use
    return [(pattern, flags) for kind, pattern, flags in list(re._cache) if kind is str]


def save(path: str = CACHE) -> int:
    entries = [entry(pattern, flags) for pattern, flags in reader_patterns()]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        marshal.dump((STAMP, entries), handle)
    return len(entries)


if __name__ == "__main__":
    try:
        print(f"{save()} patterns compiled into {CACHE}")
    except OSError as error:  # a read-only installation: the command compiles them itself
        print(
            f"patterns not stored ({error}); samverkan parse compiles them at start",
            file=sys.stderr,
        )
