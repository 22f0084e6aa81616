"""One check, end to end: a list of tier objects behind one small protocol (examples,
properties, performance, memory), the growth fit, the reference run in the judge's own
process, the proxy property tests call, the results and their `--json` form, and
`judge verify`, which runs checks over a package's samples.

It never records anything, never prints, and never touches the user's workspace: the folders
it may write (input cache, Hypothesis's files) are handed in.
"""
