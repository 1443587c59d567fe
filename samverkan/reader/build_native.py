"""Build the compiled reader: `python -m samverkan.reader.build_native` (make native).

Compiles the modules that native.py names with mypyc into _native/ beside them,
with the stamp of the sources it compiled; native.use() runs them while the
stamp still matches. Does nothing when the build is current. A failure (no C
compiler, a type mypy rejects) is reported and leaves the reader running as
Python; with SAMVERKAN_REQUIRE_NATIVE=1 (set by CI) it is an error.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from samverkan.reader.native import GROUP, HERE, MODULES, NATIVE, is_current, stamp


def build() -> str:
    """Compile the modules into _native/, replacing the build there; what was done."""
    if is_current():
        return "the compiled reader is up to date"
    from mypyc.build import mypycify
    from setuptools import Distribution

    os.chdir(os.path.dirname(os.path.dirname(HERE)))  # mypy names modules by their path
    made_from = stamp()  # before mypy reads them: a source edited meanwhile is not trusted
    sources = [os.path.join("samverkan", "reader", module) for module in MODULES]
    with tempfile.TemporaryDirectory(prefix="samverkan-native-") as work:
        extensions = mypycify(
            sources, opt_level="3", group_name=GROUP, target_dir=os.path.join(work, "c")
        )
        dist = Distribution({"name": "samverkan-reader-native", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib = os.path.join(work, "lib")
        command.build_temp = os.path.join(work, "temp")
        dist.run_command("build_ext")
        with open(os.path.join(work, "lib", "sources.txt"), "w", encoding="utf-8") as built:
            built.write(made_from)
        # Copied beside the old build, then swapped for it: no half-copied build is
        # ever in place.
        fresh = NATIVE + ".new"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(os.path.join(work, "lib"), fresh)
        shutil.rmtree(NATIVE, ignore_errors=True)
        os.rename(fresh, NATIVE)
    return f"compiled {len(MODULES)} reader modules into {NATIVE}"


def main() -> int:
    try:
        print(build())
    except (Exception, SystemExit) as error:  # noqa: BLE001 - mypy exits on a type error
        print(
            f"The reader was not compiled ({type(error).__name__}: {error}); "
            "it runs as Python, only slower.",
            file=sys.stderr,
        )
        return 1 if os.environ.get("SAMVERKAN_REQUIRE_NATIVE") else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
