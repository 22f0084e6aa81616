"""judge: a local, offline coding-challenge judge.

Sub-packages by concept, each importing only those listed before it: `engine` (the trust
boundary: workers, limits, timing, the canonical encoding), `challenge` (the package format
and the authoring API), `grading` (one check, tier by tier), `practice` (state and the
learner's life), `render` (every string a person reads), then `cli`. `errors` and `verdicts`
sit below them all. Every `__init__.py` holds only its docstring: the sandboxed worker imports
`judge.engine` modules, and code here would slow the start of every worker.
"""
