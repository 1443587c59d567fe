"""`samverkan parse FILE... [--format json|text] [--parties FILE]`.

Runs the reader without Django. A file that cannot be read gives one line on
stderr naming the file and the problem (Swedish / English) and exit code 2;
the other files are still read and printed.

Why a child process: the command is a whole process per call, and for a PDF
most of its time goes to PDFium taking the text off the pages, while importing
the clean and parse layers takes most of the rest. Both can run at once on two
cores: at a first glance at its arguments the command forks a child that reads
and extracts the files, in order, and sends each result back through a pipe
(marshal: plain strings and lists), while this process imports the layers,
then cleans, parses and prints each file as it arrives. The child only reads
and extracts; every problem comes back as the file's one-line message. Until
the fork, this module imports as little as it can.

When this process has to wait for a file, its core is idle: it says so through
a second pipe, and the child then has a helper read every other page of the
rest of a long PDF (extract/pdf.py). Asked only then, the helper never takes a
core from the imports; a 300-page PDF is read a fifth faster.

Tried and left out: a thread instead of the child (the extraction makes
thousands of short PDFium calls, each of which must win the GIL back from the
importing thread: extraction took 2.5 times as long), and a helper from the
start (it slowed the imports more than it sped up the pages).
"""

from __future__ import annotations

import marshal
import os
import signal
import sys

from samverkan.reader.errors import ReaderError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing before reading starts
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from samverkan.reader.extract import Extracted
    from samverkan.reader.model import Protocol
    from samverkan.reader.parties import PartyRegistry

FAILED = 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Reading starts before argparse, which takes some 6 ms to import and run.
    extraction = Extraction(_files_at_a_glance(argv))
    try:
        args = _arguments().parse_args(argv)
        if args.files != extraction.names:  # arguments the glance did not read
            extraction.close()
            extraction = Extraction(args.files)
        return _read_all(args, extraction)
    finally:
        extraction.close()


def _files_at_a_glance(argv: list[str]) -> list[str]:
    """The file arguments as argparse will most likely read them; none when in
    doubt (then reading starts after argparse, with its list)."""
    files: list[str] = []
    arguments = iter(argv)
    for argument in arguments:
        if argument in ("--format", "--parties"):
            next(arguments, None)
        elif argument.startswith("-"):
            return []
        else:
            files.append(argument)
    return files


def _read_all(args: argparse.Namespace, extraction: Extraction) -> int:
    parties = _parties(args.parties)
    if parties is None:
        return FAILED
    _import_layers()  # while the child is still extracting the first file
    results: list[dict | str] = []
    status = 0
    for index, name in enumerate(args.files):
        result = _read(name, extraction.get(index), parties, args.format)
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
    import argparse

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


class Extraction:
    """The files read and extracted in order by a child process, or in this
    process where there is no fork() or no process to spare (then nothing runs
    alongside)."""

    def __init__(self, names: list[str]):
        self.names = names
        self._child: int | None = None
        if not names or not hasattr(os, "fork"):
            return
        read_end, write_end = os.pipe()
        # This process writes a byte here whenever it starts to wait for a file:
        # its core is idle then, and the child may take a helper for a long PDF.
        waiting_read, waiting_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to spare: read the files here, one after the other
            for end in (read_end, write_end, waiting_read, waiting_write):
                os.close(end)
            return
        import contextlib

        if pid == 0:  # the child: extract, send, and leave without running any of the parent's code
            status = 1
            try:
                with contextlib.suppress(OSError):  # a group of its own, for close() to stop
                    os.setpgid(0, 0)
                os.close(read_end)
                os.close(waiting_write)
                os.set_blocking(waiting_read, False)
                with os.fdopen(write_end, "wb") as pipe:
                    for name in names:
                        marshal.dump(_extract_file(name, lambda: _waited(waiting_read)), pipe)
                        pipe.flush()
                status = 0
            finally:
                os._exit(status)
        with contextlib.suppress(OSError):  # (the child may have done it, or finished)
            os.setpgid(pid, pid)
        os.close(write_end)
        os.close(waiting_read)
        os.set_blocking(waiting_write, False)  # a byte more or less is no matter
        self._child, self._pipe, self._waiting = pid, os.fdopen(read_end, "rb"), waiting_write

    def get(self, index: int) -> Extracted | ReaderError:
        """The file's extraction, or the error to report; files are taken in order."""
        name = self.names[index]
        if self._child is None:
            sent = _extract_file(name)
        else:
            import contextlib

            with contextlib.suppress(OSError):  # the child has finished, or the pipe is full
                os.write(self._waiting, b".")
            try:
                sent = marshal.load(self._pipe)
            except (EOFError, ValueError, OSError) as error:  # the child died (killed, crashed)
                return _unexpected(name, error)
        if sent[0] is None:
            return ReaderError(*sent[1:])
        from samverkan.reader.extract import Extracted

        return Extracted(*sent)

    def close(self) -> None:
        """Stop the child and its helper (if still extracting) and wait for the child."""
        if self._child is not None:
            import contextlib

            self._pipe.close()
            os.close(self._waiting)
            with contextlib.suppress(OSError):  # (it may have finished)
                os.killpg(self._child, signal.SIGTERM)
            os.waitpid(self._child, 0)
            self._child = None


def _waited(waiting: int) -> bool:
    """Whether the parent has started to wait since this was last asked."""
    try:
        return bool(os.read(waiting, 1))
    except BlockingIOError:
        return False


def _extract_file(name: str, spare_core: Callable[[], bool] | None = None) -> tuple:
    """The file read and extracted as marshal can send it: (format, pages,
    page_count), or (None, message, message_en) for the one-line error.
    Nothing escapes this: in the child process, every problem is such a line."""
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return (None, f"{name}: filen finns inte", f"{name}: no such file")
    except IsADirectoryError:
        return (None, f"{name}: är en mapp, inte en fil", f"{name}: is a directory, not a file")
    except OSError as error:
        return (
            None,
            f"{name}: filen kan inte öppnas ({error.strerror})",
            f"{name}: the file cannot be opened ({error.strerror})",
        )
    try:
        from samverkan.reader.extract import extract

        return tuple(extract(data, name, spare_core=spare_core))
    except ReaderError as error:
        return (None, error.message, error.message_en)
    except Exception as error:  # noqa: BLE001 — one bad file must not stop the others
        unexpected = _unexpected(name, error)
        return (None, unexpected.message, unexpected.message_en)


def _import_layers() -> None:
    """Import what reading needs after extraction, while the child is busy in PDFium."""
    from samverkan.reader import patterns

    patterns.preload()  # the parse layers' regular expressions, compiled at install
    import orjson  # noqa: F401

    import samverkan.reader.clean  # noqa: F401
    import samverkan.reader.parse  # noqa: F401


def _parties(path: str | None) -> PartyRegistry | None:
    from samverkan.reader.parties import DEFAULT_FILE, PartyRegistry

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


def _read(
    name: str, extracted: Extracted | ReaderError, parties: PartyRegistry, fmt: str
) -> dict | str | None:
    """The file cleaned, parsed and rendered (a JSON dict or an outline), or None
    after one stderr line."""
    from samverkan.reader import read_extracted

    if isinstance(extracted, ReaderError):
        return _fail(extracted.message, extracted.message_en)
    try:
        return _render(read_extracted(extracted, name, parties=parties), fmt)
    except ReaderError as error:
        return _fail(error.message, error.message_en)
    except Exception as error:  # noqa: BLE001 — one bad file must not stop the others
        unexpected = _unexpected(name, error)
        return _fail(unexpected.message, unexpected.message_en)


def _unexpected(name: str, error: BaseException) -> ReaderError:
    kind = type(error).__name__
    return ReaderError(
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
        # orjson writes what json.dumps(ensure_ascii=False, indent=2) does, four times
        # as fast: pretty-printing in json is pure Python (5 ms for 50 pages).
        import orjson

        data = results if several else results[0]
        sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    sys.stdout.flush()
