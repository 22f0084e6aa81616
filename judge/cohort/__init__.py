"""Grading a cohort: many people's files at once, into a gradebook, on one machine or a Dask
cluster (`judge grade`).

It owns finding people's files in a folder, the run's own SQLite state (resumable, by file
hash), the plain-data task a Dask worker runs for one file, the Dask client that spreads the
tasks, and the data outputs (gradebook.csv, results.jsonl, Gradescope's results.json). It
grades every file with `judge.grading.check.check`, exactly as `judge check` does, so a
submission only ever runs in the judge's sandboxed worker, never in a Dask worker's own
process. It must never run a submission itself, never write a learner's state
(`.judge/judge.db`) or a submission's file, and never build text for people to read (that
is `judge.render.cohort_report`). It may import engine, challenge, grading and practice;
render imports it, never the other way.
"""
