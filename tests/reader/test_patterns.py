"""The reader's regular expressions, stored at install and loaded by `samverkan parse`."""

import _sre
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.reader import patterns

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """The file `make install` writes, made in a fresh process (as it is there)."""
    path = tmp_path_factory.mktemp("patterns") / "patterns.marshal"
    subprocess.run(
        [sys.executable, "-c", "import sys; from samverkan.reader import patterns; patterns.save(sys.argv[1])", str(path)],
        check=True,
    )  # fmt: skip
    return path


def _entries(path: Path) -> list[tuple]:
    with open(path, "rb") as handle:
        return marshal.load(handle)[1]


def test_the_reader_s_patterns_are_stored(stored):
    from samverkan.reader.parse import content, header

    stored_patterns = {entry[0] for entry in _entries(stored)}
    assert content.VERB.pattern in stored_patterns
    assert header.KEY_VALUE.pattern in stored_patterns
    assert len(stored_patterns) > 100


def test_a_stored_pattern_matches_as_re_compiles_it(stored):
    texts = [path.read_text("utf-8") for path in SEEDS]
    for pattern, flags, *compiled in _entries(stored):
        rebuilt = _sre.compile(
            pattern, compiled[0], patterns.array(patterns.CODE, compiled[1]).tolist(), *compiled[2:]
        )
        fresh = re.compile(pattern, flags)
        assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        ), pattern
        for text in texts:
            assert [m.span() for m in rebuilt.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ], pattern


def test_preload_puts_them_into_re_s_cache(stored):
    re.purge()
    count = patterns.preload(str(stored))
    assert count == len(_entries(stored))
    pattern, flags = _entries(stored)[0][:2]
    assert re._cache[str, pattern, flags] is re.compile(pattern, flags)


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal", marshal.dumps((("another python", 0, 4), []))],
    ids=["empty", "damaged", "other-python"],
)
def test_a_damaged_or_foreign_file_is_not_used(tmp_path, content):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    assert patterns.preload(str(path)) == 0


def test_no_file_is_no_error(tmp_path):
    assert patterns.preload(str(tmp_path / "missing.marshal")) == 0
