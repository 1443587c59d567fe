"""`samverkan parse FILE... [--format json|text] [--parties FILE]`.

Runs the reader without Django. A file that cannot be read gives one line on
stderr naming the file and the problem (Swedish / English) and exit code 2;
the other files are still read and printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from samverkan.reader import ReaderError, read_bytes
from samverkan.reader.model import Protocol
from samverkan.reader.parties import DEFAULT_FILE, PartyRegistry

FAILED = 2


def main(argv: list[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    parties = _parties(args.parties)
    if parties is None:
        return FAILED
    results: list[dict | str] = []
    status = 0
    for name in args.files:
        result = _read(name, parties, args.format)
        if result is None:
            status = FAILED
        else:
            results.append(result)
    try:
        _print(results, args.format, several=len(args.files) > 1)
    except BrokenPipeError:
        # The reader of our output (`| head`) has gone; that is no error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverkan parse",
        description="Läs protokoll (PDF, DOCX, text) och skriv ut dess struktur.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="protokollfil(er)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument(
        "--parties", metavar="FILE", help="egen partslista (TOML) utöver standardlistan"
    )
    return parser


def _parties(path: str | None) -> PartyRegistry | None:
    if not path:
        return PartyRegistry.default()
    try:
        return PartyRegistry.from_files(DEFAULT_FILE, path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        _fail(
            f"{path}: partslistan kunde inte läsas ({error})",
            f"{path}: the party list could not be read ({error})",
        )
        return None


def _read(name: str, parties: PartyRegistry, fmt: str) -> dict | str | None:
    """The file read and rendered (a JSON dict or an outline), or None after one stderr line."""
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        return _fail(f"{name}: filen finns inte", f"{name}: no such file")
    except IsADirectoryError:
        return _fail(f"{name}: är en mapp, inte en fil", f"{name}: is a directory, not a file")
    except OSError as error:
        return _fail(
            f"{name}: filen kan inte öppnas ({error.strerror})",
            f"{name}: the file cannot be opened ({error.strerror})",
        )
    try:
        return _render(read_bytes(data, name, parties=parties), fmt)
    except ReaderError as error:
        return _fail(error.message, error.message_en)
    except Exception as error:  # noqa: BLE001 — one bad file must not stop the others
        kind = type(error).__name__
        return _fail(
            f"{name}: oväntat fel i läsaren ({kind}); filen kunde inte läsas",
            f"{name}: unexpected error in the reader ({kind}); the file could not be read",
        )


def _fail(message: str, message_en: str) -> None:
    print(f"{message} / {message_en}", file=sys.stderr)
    return None


def _render(protocol: Protocol, fmt: str) -> dict | str:
    if fmt == "text":
        from samverkan.reader.outline import outline

        return outline(protocol)
    return protocol.to_dict()


def _print(results: list[dict | str], fmt: str, *, several: bool) -> None:
    if not results:
        return
    if fmt == "text":
        sys.stdout.write("\n".join(str(result) for result in results))
    else:
        sys.stdout.write(
            json.dumps(results if several else results[0], ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
    sys.stdout.flush()
