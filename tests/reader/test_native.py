"""The compiled reader (samverkan/reader/native.py): used only while current, and
reading every protocol exactly as the Python sources do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from samverkan.reader import COMPILED, native, read_file

FIXTURES = Path(__file__).parent / "fixtures"
PROTOCOLS = sorted(
    path
    for folder in ("seeds", "styles", "synthetic")
    for path in (FIXTURES / folder).iterdir()
    if path.suffix in (".txt", ".pdf", ".docx")
)

READ_ALL = """
import json, sys
import samverkan.reader as reader
import samverkan.reader.parse.content as content
protocols = [reader.read_file(path).to_dict() for path in sys.argv[1:]]
print(json.dumps({"compiled": reader.COMPILED, "content": content.__file__,
                  "current": reader.native.is_current(), "protocols": protocols}))
"""


def read_in_a_process(paths: list[Path], **environment: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", READ_ALL, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **environment},
    )
    return json.loads(result.stdout)


def test_pure_python_reads_every_fixture_as_this_process_does():
    """Whichever this process runs (compiled after `make install`), the Python
    sources give the same structure for every protocol in the fixtures."""
    assert len(PROTOCOLS) > 40
    python = read_in_a_process(PROTOCOLS, SAMVERKAN_PURE_PYTHON="1")
    assert python["compiled"] is False
    assert python["content"].endswith("content.py")
    here = [json.loads(json.dumps(read_file(path).to_dict())) for path in PROTOCOLS]
    for path, ours, theirs in zip(PROTOCOLS, here, python["protocols"], strict=True):
        assert ours == theirs, path.name


def test_the_compiled_modules_run_exactly_when_they_are_current():
    found = read_in_a_process(PROTOCOLS[:1])
    assert found["compiled"] == found["current"] == COMPILED
    assert found["content"].endswith(".so") == COMPILED
    if COMPILED:
        assert os.sep + "_native" + os.sep in found["content"]


def test_a_changed_source_makes_the_build_stale(tmp_path, monkeypatch):
    """An edit is read as Python at once: the build no longer matches its sources."""
    for module in native.MODULES:
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(native.HERE) / module, tmp_path / module)
    stamp_file = tmp_path / "_native" / "sources.txt"
    stamp_file.parent.mkdir()
    monkeypatch.setattr(native, "HERE", str(tmp_path))
    monkeypatch.setattr(native, "STAMP", str(stamp_file))
    assert not native.is_current()  # nothing built
    stamp_file.write_text(native.stamp(), encoding="utf-8")
    assert native.is_current()
    with open(tmp_path / "parse" / "content.py", "a", encoding="utf-8") as source:
        source.write("# an edit\n")
    assert not native.is_current()
    assert native.use([]) is False


def test_a_stale_build_is_not_put_on_the_path(tmp_path, monkeypatch):
    monkeypatch.setattr(native, "STAMP", str(tmp_path / "missing.txt"))
    path = ["sources"]
    assert native.use(path) is False
    assert path == ["sources"]
