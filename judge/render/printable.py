"""Text that is safe to print: nothing a submission wrote can steer the terminal.

A submission's output, its exception messages, the source lines of its traceback and the
`repr` of its objects may hold escape sequences (clear the screen, move the cursor, draw a
fake report), other control characters, or Unicode bidirectional controls that reorder what
is shown. `printable` replaces each with a visible escape (`\\x1b`, `\\u202e`), keeping only
newlines and tabs. Every renderer that shows such text passes it through here.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    return _UNSAFE.sub(_visible, text)
