"""Exceptions: one class per gongkai status code, all under GongkaiError."""

from __future__ import annotations

import enum
from typing import Dict, Type


class Status(enum.IntEnum):
    """The frozen status codes of the C ABI (gk_status)."""

    OK = 0
    INVALID_ARGUMENT = 1
    INVALID_UTF8 = 2
    BINARY_INPUT = 3
    EMPTY_INPUT = 4
    TOO_LARGE = 5
    JSON_SYNTAX = 6
    JSON_SCHEMA = 7
    TOO_DEEP = 8
    IO_ERROR = 9
    NOT_FOUND = 10
    OUT_OF_MEMORY = 11
    INTERNAL = 12
    BAD_FILE = 13
    NEEDS_OCR = 14
    NO_REPORT = 15


class GongkaiError(Exception):
    """An operation could not run.

    Attributes:
        status: the :class:`Status`.
        message: gongkai's message (Chinese and English).
        offset: byte offset of the problem in the input, 0 when unknown.
        line: 1-based line of the problem, 0 when unknown.
        column: 1-based column (code points), 0 when unknown.
    """

    status: Status = Status.INTERNAL

    def __init__(self, message: str, *, offset: int = 0, line: int = 0, column: int = 0):
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = f" (line {self.line}, column {self.column})" if self.line else ""
        # The JSON reader's messages already end with their position.
        if where and where in self.message:
            return self.message
        return f"{self.message}{where}"


class InvalidArgumentError(GongkaiError, ValueError):
    """A caller error: a bad option value or argument."""

    status = Status.INVALID_ARGUMENT


class InvalidUtf8Error(GongkaiError, ValueError):
    """The input bytes are not UTF-8."""

    status = Status.INVALID_UTF8


class BinaryInputError(GongkaiError, ValueError):
    """The input looks like binary data, not text."""

    status = Status.BINARY_INPUT


class EmptyInputError(GongkaiError, ValueError):
    """The input holds no text at all."""

    status = Status.EMPTY_INPUT


class TooLargeError(GongkaiError, ValueError):
    """The input exceeds the configured maximum size."""

    status = Status.TOO_LARGE


class JsonSyntaxError(GongkaiError, ValueError):
    """The JSON text is malformed."""

    status = Status.JSON_SYNTAX


class JsonSchemaError(GongkaiError, ValueError):
    """The JSON is well formed but not a gongkai report."""

    status = Status.JSON_SCHEMA


class TooDeepError(GongkaiError, ValueError):
    """The JSON nesting exceeds the configured depth."""

    status = Status.TOO_DEEP


class IoError(GongkaiError, OSError):
    """A file could not be read or written."""

    status = Status.IO_ERROR


class MissingFileError(IoError, FileNotFoundError):
    """The file named does not exist: a :class:`FileNotFoundError` (with
    ``errno``, ``strerror`` and ``filename`` set, as ``open()`` raises it)
    that is also a gongkai :class:`IoError`."""


def io_error_from(e: OSError, path: str) -> IoError:
    """The gongkai error for a file that could not be read, carrying the
    OSError's errno, strerror and filename: a :class:`MissingFileError`
    when the file does not exist."""
    cls = MissingFileError if isinstance(e, FileNotFoundError) else IoError
    error = cls(f"无法读取文件 / cannot read {path!r}: {e.strerror or e}")
    error.errno = e.errno
    error.strerror = e.strerror
    error.filename = path
    return error


class NotFoundError(GongkaiError, LookupError):
    """A looked-up key does not exist."""

    status = Status.NOT_FOUND


class OutOfMemoryError(GongkaiError, MemoryError):
    """An allocation failed inside the library."""

    status = Status.OUT_OF_MEMORY


class InternalError(GongkaiError):
    """A bug in gongkai; please report it."""

    status = Status.INTERNAL


class BadFileError(GongkaiError, ValueError):
    """A PDF, Word or web file that cannot be read: truncated, encrypted, a zip that is not Word."""

    status = Status.BAD_FILE


class NeedsOcrError(GongkaiError, ValueError):
    """A PDF without a text layer (a scan): it needs OCR first."""

    status = Status.NEEDS_OCR


class NoReportError(GongkaiError, ValueError):
    """A PDF, Word or web file in which no report text was found."""

    status = Status.NO_REPORT


_BY_STATUS: Dict[int, Type[GongkaiError]] = {
    cls.status: cls
    for cls in (
        InvalidArgumentError,
        InvalidUtf8Error,
        BinaryInputError,
        EmptyInputError,
        TooLargeError,
        JsonSyntaxError,
        JsonSchemaError,
        TooDeepError,
        IoError,
        NotFoundError,
        OutOfMemoryError,
        InternalError,
        BadFileError,
        NeedsOcrError,
        NoReportError,
    )
}


def error_class(status: int) -> Type[GongkaiError]:
    """The exception class of a status code (InternalError for unknown ones)."""
    return _BY_STATUS.get(status, InternalError)


def raise_for(status: int, message: str, offset: int = 0, line: int = 0, column: int = 0) -> None:
    """Raises the exception of `status` unless it is OK."""
    if status != Status.OK:
        raise error_class(status)(message, offset=offset, line=line, column=column)
