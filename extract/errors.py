"""One exception tree; every message names the file and says what to do."""

from __future__ import annotations


class ExtractError(Exception):
    """Base of every error the pipeline raises on purpose."""

    kind = "error"


class UnreadableInput(ExtractError):
    """A source that cannot be turned into text."""

    kind = "unreadable"


class EmptyInput(UnreadableInput):
    kind = "empty"


class BinaryInput(UnreadableInput):
    kind = "binary"


class UndecodableInput(UnreadableInput):
    kind = "undecodable"


class UnsupportedFormat(UnreadableInput):
    kind = "unsupported"


class PatternFileError(ExtractError):
    """A rule file that does not validate."""

    kind = "patterns"


class DatabaseError(ExtractError):
    """A database that cannot be opened, or a query that fails."""

    kind = "database"


class NotAPdf(UnreadableInput):
    """A ``.pdf`` file that is not a PDF, or one cut short or damaged."""

    kind = "corrupt"


class EncryptedPdf(UnreadableInput):
    kind = "encrypted"


class NoTextLayer(UnreadableInput):
    """A PDF whose pages are images (a scan) or whose glyphs map to no characters."""

    kind = "no_text"


class TimeLimitExceeded(UnreadableInput):
    kind = "time_limit"
