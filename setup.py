"""Build hook: a wheel carries the challenge catalogue and the stub template inside `judge`.

Authors edit `challenges/` and `solutions_template/` at the top of the repository. Building
a wheel (which a plain `pip install .` or `pipx install .` also does) copies them into the
package as `judge/_data/<folder>`, where `judge.challenge.catalog.shipped` finds them, with
every sample and test file. An editable install (`pip install -e .`) copies nothing: the
repository's own folders are used as they are. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("challenges", "solutions_template")
NOT_SHIPPED = shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # editable: the repository's folders
            return
        here = Path(__file__).resolve().parent
        for name in SHIPPED:
            target = Path(self.build_lib) / "judge" / "_data" / name
            shutil.rmtree(target, ignore_errors=True)  # nothing left from an older build
            shutil.copytree(here / name, target, ignore=NOT_SHIPPED)


setup(cmdclass={"build_py": BuildWithData})
