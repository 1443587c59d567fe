"""The clean and parse layers compiled to C with mypyc, used only while current.

Reading a protocol is pure Python, and most of its time is the interpreter's own
work: calling small functions, looking up names and attributes, boxing numbers.
mypyc (part of mypy) compiles these modules, as written and typed, into a C
extension that does the same work in under two thirds of the instructions
(bench/reader_bench.py prints which kind it measured).

`make install` builds it (build_native.py) into _native/ beside this file, with
the checksum of each source it was compiled from.
use() puts the compiled modules ahead of the sources when every source is still
the one compiled: an edited source is read as Python until the next build, so an
edit takes effect at once and a stale build never runs. Without a C compiler the
build is skipped and the reader runs as Python, only slower.
SAMVERKAN_PURE_PYTHON=1 reads everything as Python.
"""

from __future__ import annotations

import os
import sys
import zlib
from _imp import extension_suffixes  # importlib.machinery's, without importing importlib

# Relative to this package. extract (PDFium, python-docx) and model stay Python: model
# is the contract, also the web application's, and compiled it would refuse values of
# another type than declared (a stored protocol's None for a figure), which the
# import review reports. All of parse is compiled, since a package's submodules are
# looked for only beside its compiled __init__.
MODULES = (
    "clean.py",
    "parties.py",
    "parse/__init__.py",
    "parse/closing.py",
    "parse/content.py",
    "parse/dates.py",
    "parse/header.py",
    "parse/layout.py",
    "parse/text.py",
)
HERE = os.path.dirname(os.path.abspath(__file__))
NATIVE = os.path.join(HERE, "_native")
STAMP = os.path.join(NATIVE, "sources.txt")
GROUP = "samverkan_reader"  # names the shared library: samverkan_reader__mypyc


def stamp() -> str:
    """The interpreter, the platform and a checksum of each source: what a build was
    made from."""
    lines = [f"python {sys.implementation.cache_tag} {extension_suffixes()[0]}"]
    for module in MODULES:
        with open(os.path.join(HERE, module), "rb") as source:
            lines.append(f"{module} {zlib.crc32(source.read()):08x}")
    return "\n".join(lines) + "\n"


def is_current() -> bool:
    try:
        with open(STAMP, encoding="utf-8") as built:
            return built.read() == stamp()
    except OSError:
        return False


def use(package_path: list[str]) -> bool:
    """Put the compiled modules first on the reader package's path, if current.

    Called as the package is imported, before any of the modules is: a module
    and its compiled neighbour must never meet (compiled code takes its classes'
    layout for granted)."""
    if os.environ.get("SAMVERKAN_PURE_PYTHON") or not is_current():
        return False
    sys.path.append(NATIVE)  # the shared library is a top-level module
    package_path.insert(0, os.path.join(NATIVE, "samverkan", "reader"))
    return True
