"""State and the learner's life: the workspace and its solution files, the SQLite store and
its clock, timed rounds, scorecards, history, hints and resets, the review schedule, progress
numbers, trying one's own input, the watch loop, and the one function that grades, applies
the round rules and records (`attempt.check_and_record`), used by both `judge check` and
`judge watch`.

It decides and keeps; it never builds text for people (that is `judge.render`) and never
imports click.
"""
