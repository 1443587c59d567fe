"""The `samverkan` command.

`samverkan parse FILE...` runs the reader alone, without Django, so that it
starts fast and works anywhere. Every other sub-command is a Django management
command (`samverkan migrate`, `samverkan import FILE... --group ...`).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["parse"]:
        from samverkan.reader.cli import main as parse_main

        status = parse_main(args[1:])
        if argv is None:  # run as the command
            _exit(status)
        return status
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["samverkan", *args])
    return 0


def _exit(status: int) -> None:
    """Leave at once, the output flushed: the interpreter's orderly shutdown
    (freeing every object and module) adds some 8 ms to a `samverkan parse`."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        # The reader of the output may have gone, or the stream be closed.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(main())
