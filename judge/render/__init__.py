"""Every string a person reads: the terminal report of a check, scorecards, history, round
and watch messages, the review queue, stats, a tried input, the HTML report with its SVG plot
and heat map, time formatting, and the escaping of anything a submission wrote.

It only turns data into text; it never grades, never writes state, never imports click.
"""
