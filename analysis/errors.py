"""Exceptions with one-line messages meant for users, not tracebacks."""


def printable(text: str) -> str:
    """`text` with every character a terminal would act on written as its escape: a file
    named "a.txt\\nskipped b.txt: …" or one holding ESC [ … codes cannot forge or colour
    the lines it appears in. Backslashes are doubled, so an escape cannot be faked either."""
    return "".join(
        c if c.isprintable() and c != "\\" else ("\\\\" if c == "\\" else repr(c)[1:-1]) for c in text
    )


class AnalysisError(Exception):
    """Base class: every error the command line reports as one line."""


class SourceError(AnalysisError):
    """A source file that cannot become a document (empty, binary, undecodable, too large)."""

    def __init__(self, name: str, reason: str):
        super().__init__(printable(f"{name}: {reason}"))
        self.name = name
        self.reason = reason

    def line(self) -> str:
        """The one line the command line prints for a skipped file (names escaped)."""
        return printable(f"skipped {self.name}: {self.reason}")


class ProfilesError(AnalysisError):
    """A profiles JSON file that is missing, unreadable or does not follow the contract."""


class ParameterError(AnalysisError):
    """An invalid notebook parameter (unknown city, bad year range, ...)."""


class BuildError(AnalysisError):
    """A report build step that failed."""


class UsageError(AnalysisError):
    """Invalid options or environment for a command (exit status 2)."""
