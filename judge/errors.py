"""Errors the library raises for things the user (or a challenge author) can fix.

Every one of them carries one clear sentence. The CLI turns any `JudgeError` into
`Error: <sentence>` and exit status 2; anything else that escapes is a bug of ours and is
reported as an internal error (IE). The library never prints and never exits.
"""


class JudgeError(Exception):
    """A problem the user can fix: bad input, unknown name, missing file."""


class UnknownChallenge(JudgeError):
    pass


class SubmissionFileError(JudgeError):
    pass


class ChallengePackageError(JudgeError):
    """A challenge package is malformed; the message names the file and the field."""


class StateError(JudgeError):
    """The state folder or its database cannot be used as it is."""
