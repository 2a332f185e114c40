"""gongkai: parse and validate China's government information disclosure
annual reports (政府信息公开工作年度报告).

>>> import gongkai
>>> with gongkai.parse("report.txt") as report:  # doctest: +SKIP
...     report.meta.year, report.fields["applications.received.total"]
(2021, 26)

The work is done by the native library libgongkai (C ABI), loaded with
ctypes: from inside this package, else from ``GONGKAI_LIBRARY``, else from
the system.
"""

from __future__ import annotations

from . import _native
from ._batch import parse_many
from ._errors import (
    BadFileError,
    BinaryInputError,
    EmptyInputError,
    GongkaiError,
    InternalError,
    InvalidArgumentError,
    InvalidUtf8Error,
    IoError,
    JsonSchemaError,
    JsonSyntaxError,
    MissingFileError,
    NeedsOcrError,
    NoReportError,
    NotFoundError,
    OutOfMemoryError,
    Status,
    TooDeepError,
    TooLargeError,
)
from ._native import ABI_VERSION, LibraryNotFoundError
from ._report import Report, parse, parse_file
from ._types import Cell, CellRef, CellState, Contact, Diagnostic, FieldValue, FilePlace, Meta, Severity

__all__ = [
    "ABI_VERSION",
    "BadFileError",
    "BinaryInputError",
    "Cell",
    "CellRef",
    "CellState",
    "Contact",
    "Diagnostic",
    "EmptyInputError",
    "FieldValue",
    "FilePlace",
    "GongkaiError",
    "InternalError",
    "InvalidArgumentError",
    "InvalidUtf8Error",
    "IoError",
    "JsonSchemaError",
    "JsonSyntaxError",
    "LibraryNotFoundError",
    "Meta",
    "MissingFileError",
    "NeedsOcrError",
    "NoReportError",
    "NotFoundError",
    "OutOfMemoryError",
    "Report",
    "Severity",
    "Status",
    "TooDeepError",
    "TooLargeError",
    "library_path",
    "library_version",
    "parse",
    "parse_file",
    "parse_many",
]

__version__ = "0.1.0"


def library_version() -> str:
    """The version of the loaded native library ("0.1.0")."""
    version: bytes = _native.load().gk_version()
    return version.decode("ascii")


def library_path() -> str:
    """The path the native library was loaded from."""
    return _native.library_path()
