"""judge: a local, offline coding-challenge judge.

Kept empty on purpose: the sandboxed worker imports modules of this package, and every
import here would slow down the start of every worker.
"""

__version__ = "0.1.0"
