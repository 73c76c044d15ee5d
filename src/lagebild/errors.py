"""lagebild's own exceptions: a small hierarchy with numbered, explicit messages.

A batch run catches :class:`InputError` per input, records it as a failure with its code and
reason, and goes on with the rest.
"""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of every error lagebild raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"[{self.code}] {source}: {message}" if source else f"[{self.code}] {message}")


class InputError(LagebildError):
    """An input cannot be read or turned into a document."""

    code = "E100"


class EmptyInputError(InputError):
    """The input holds no text (an empty file, a page without article text)."""

    code = "E101"


class BinaryInputError(InputError):
    """The input is neither text, HTML, PDF nor JSON Lines."""

    code = "E102"


class TooLargeError(InputError):
    """The input is over the size limit for one document."""

    code = "E103"


class EncodingError(InputError):
    """The bytes of the input cannot be decoded as text."""

    code = "E104"


class UnreadableError(InputError):
    """The file cannot be opened (permissions, a broken link, a vanished file)."""

    code = "E105"


class ParseError(InputError):
    """HTML, PDF or a JSON line is broken beyond repair."""

    code = "E106"


class StoreError(LagebildError):
    """The database cannot be opened or is not a lagebild database."""

    code = "E200"


class ModelError(LagebildError):
    """A bundled model is missing or cannot be loaded."""

    code = "E300"


class GoldFormatError(LagebildError):
    """A reference annotation is not in the ``lagebild-gold/1`` format."""

    code = "E400"


class ServeError(LagebildError):
    """The web server cannot start (the port is taken, the address is not this machine's)."""

    code = "E500"
