"""Report: a parsed report, backed by a gk_report handle."""

from __future__ import annotations

import ctypes
import os
import threading
import weakref
from decimal import Decimal
from typing import Any, Callable, Dict, List, Optional, TypeVar, Union, cast

from . import _native
from ._in_flight import InFlight
from ._errors import IoError, Status, TooLargeError, raise_for
from ._types import Cell, CellRef, CellState, Contact, Diagnostic, FieldValue, FilePlace, Meta, Severity

Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", "os.PathLike[bytes]"]

_lib = _native.load()
_T = TypeVar("_T")


def _text(raw: Optional[bytes]) -> str:
    return raw.decode("utf-8", errors="replace") if raw else ""


def _optional_text(raw: Optional[bytes]) -> Optional[str]:
    return None if raw is None else raw.decode("utf-8", errors="replace")


def _decimal(raw: Optional[bytes]) -> Optional[Decimal]:
    return None if raw is None else Decimal(raw.decode("ascii"))


_SIZE_MAX = 2 ** (8 * ctypes.sizeof(ctypes.c_size_t)) - 1


def _size_option(name: str, value: int) -> int:
    """A limit for a size_t member of the options: ctypes would silently wrap
    2**64 + 5 to 5 and -1 to SIZE_MAX, so anything outside 1..SIZE_MAX is an
    error here."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 1 <= value <= _SIZE_MAX:
        raise ValueError(f"{name} must be between 1 and {_SIZE_MAX}, got {value}")
    return value


def _check(status: int, err: _native.GkError) -> None:
    if status != Status.OK:
        raise_for(status, _text(err.message), err.offset, err.line, err.column)


def _field_value(key: str, f: _native.GkField) -> FieldValue:
    """int for counts, Decimal for money (``*_wan``) and decimals, None otherwise."""
    if f.state != CellState.NUMBER or f.value is None:
        return None
    if f.scale == 0 and not key.endswith("_wan"):
        return int(f.units)
    return Decimal(f.value.decode("ascii"))


def _diagnostic(d: _native.GkDiagnostic) -> Diagnostic:
    cells = tuple(
        CellRef(key=_text(c.key), value=_decimal(c.value), line=c.line, column=c.column)
        for c in (d.cells[i] for i in range(d.cell_count))
    )
    return Diagnostic(
        rule=_text(d.rule),
        severity=Severity(d.severity),
        message_zh=_text(d.message_zh),
        message_en=_text(d.message_en),
        line=d.line,
        column=d.column,
        lhs=_decimal(d.lhs),
        rhs=_decimal(d.rhs),
        difference=_decimal(d.difference),
        evidence=_text(d.evidence),
        cells=cells,
    )


def _place(f: _native.GkField) -> Optional[FilePlace]:
    if not f.has_place:
        return None
    box = tuple(f.place_box)
    return FilePlace(
        page=f.place_page,
        box=box if f.place_page else None,  # type: ignore[arg-type]
        table=f.place_table,
        row=f.place_row,
        column=f.place_column,
    )


def _parse_options(validate: bool, max_input_bytes: Optional[int]) -> _native.GkParseOptions:
    options = _native.GkParseOptions()
    _lib.gk_parse_options_init(ctypes.byref(options))
    options.validate = 1 if validate else 0
    if max_input_bytes is not None:
        options.max_input_bytes = _size_option("max_input_bytes", max_input_bytes)
    return options


_KINDS = {"detect": 0, "text": 1, "html": 2, "docx": 3, "pdf": 4}


_READ_BLOCK = 1 << 16


def _read_file(path: str, limit: int) -> bytes:
    """The file's bytes, refused before reading when its size is over `limit`.
    Files that do not know their size (pipes, devices) are read a block at a
    time up to ``limit + 1`` bytes, and no further than a block holding a NUL
    byte: that is binary data, which the library then refuses as such."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise TooLargeError(
                    f"输入超过大小上限 / input of {size} bytes is larger than the limit of {limit}: {path!r}"
                )
            blocks = []
            total = 0
            while total <= limit:
                block = f.read(min(_READ_BLOCK, limit + 1 - total))
                if not block:
                    break
                blocks.append(block)
                total += len(block)
                if b"\0" in block:
                    break
            return b"".join(blocks)
    except OSError as e:
        raise IoError(f"cannot read {path!r}: {e.strerror or e} / 无法读取文件") from e


def _as_bytes(source: Source, limit: int) -> bytes:
    """Text is encoded as UTF-8, bytes pass as they are, a path is read."""
    if isinstance(source, str):
        return source.encode("utf-8")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, os.PathLike):
        return _read_file(os.fspath(source), limit)
    raise TypeError(f"parse() takes str, bytes or os.PathLike, not {type(source).__name__}")


class Report:
    """A parsed annual report.

    Made by :func:`gongkai.parse` or :meth:`Report.from_json`. It holds a
    native handle: use it in a ``with`` block or call :meth:`close` to release
    the memory at once (otherwise it is released when the object is garbage
    collected). Its properties raise ``ValueError`` once it is closed.
    """

    __slots__ = ("_handle", "_finalizer", "_cache", "_lock", "_calls", "__weakref__")

    def __init__(self, _handle: "_native.ReportPtr") -> None:  # type: ignore[valid-type]
        if not _handle:
            raise ValueError("Report() is made by gongkai.parse() or Report.from_json()")
        self._handle = _handle
        # The finalizer holds the handle, not the Report, so it can run.
        self._finalizer = weakref.finalize(self, _lib.gk_report_free, _handle)
        self._cache: Dict[str, object] = {}
        self._lock = threading.Lock()
        # Native calls running on the handle: close() waits for them.
        self._calls = InFlight()

    # ---- construction -------------------------------------------------------

    @classmethod
    def _parse_bytes(cls, data: bytes, validate: bool, max_input_bytes: Optional[int]) -> "Report":
        options = _parse_options(validate, max_input_bytes)
        out = _native.ReportPtr()
        err = _native.GkError()
        # ctypes releases the GIL for the call, so threads parse in parallel.
        status = _lib.gk_report_parse(data, len(data), ctypes.byref(options), ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        return cls(out)

    @classmethod
    def _parse_file(
        cls,
        source: Source,
        kind: str,
        encoding: Optional[str],
        validate: bool,
        max_input_bytes: Optional[int],
    ) -> "Report":
        if kind not in _KINDS:
            raise ValueError(f"kind must be one of {sorted(_KINDS)}, not {kind!r}")
        options = _parse_options(validate, max_input_bytes)
        file_options = _native.GkFileOptions()
        _lib.gk_file_options_init(ctypes.byref(file_options))
        file_options.kind = _KINDS[kind]
        encoding_bytes = encoding.encode("utf-8") if encoding else b""
        if encoding_bytes:
            file_options.encoding = encoding_bytes
            file_options.encoding_length = len(encoding_bytes)
        out = _native.ReportPtr()
        err = _native.GkError()
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            status = _lib.gk_report_parse_bytes(
                data, len(data), ctypes.byref(file_options), ctypes.byref(options), ctypes.byref(out), ctypes.byref(err)
            )
        elif isinstance(source, (str, os.PathLike)):
            path = os.fsencode(source)
            status = _lib.gk_report_parse_file(
                path, len(path), ctypes.byref(file_options), ctypes.byref(options), ctypes.byref(out), ctypes.byref(err)
            )
        else:
            raise TypeError(f"parse_file() takes a path or bytes, not {type(source).__name__}")
        _check(status, err)
        return cls(out)

    @classmethod
    def from_json(
        cls, json: Union[str, bytes], *, max_depth: Optional[int] = None, max_bytes: Optional[int] = None
    ) -> "Report":
        """Restores a report from the JSON of :meth:`to_json`.

        With ``detail=True`` JSON (the default), the whole model comes back:
        ``Report.from_json(r.to_json()).to_json() == r.to_json()``.

        Raises:
            JsonSyntaxError, JsonSchemaError, TooDeepError, TooLargeError.
        """
        data = json.encode("utf-8") if isinstance(json, str) else bytes(json)
        options = _native.GkJsonOptions()
        _lib.gk_json_options_init(ctypes.byref(options))
        if max_depth is not None:
            options.max_depth = _size_option("max_depth", max_depth)
        if max_bytes is not None:
            options.max_bytes = _size_option("max_bytes", max_bytes)
        out = _native.ReportPtr()
        err = _native.GkError()
        status = _lib.gk_report_from_json(data, len(data), ctypes.byref(options), ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        return cls(out)

    # ---- lifetime -----------------------------------------------------------

    def close(self) -> None:
        """Releases the native report. Safe to call more than once, and from
        any thread: calls running on the report on other threads finish
        first, and calls made afterwards raise ``ValueError``."""
        self._calls.close()
        self._finalizer()

    @property
    def closed(self) -> bool:
        return self._calls.closing or not self._finalizer.alive

    def __enter__(self) -> "Report":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cached(self, name: str, make: Callable[[Any], _T]) -> _T:
        """The value `make(handle)` computed once, then kept."""
        with self._calls.enter(), self._lock:
            if name not in self._cache:
                self._cache[name] = make(self._handle)
            return cast(_T, self._cache[name])

    # ---- content --------------------------------------------------------------

    @property
    def meta(self) -> Meta:
        """The metadata: title, organ, year, format, published date, contact."""

        def make(handle: Any) -> Meta:
            m = _lib.gk_report_meta(handle).contents
            return Meta(
                title=_text(m.title),
                organ=_text(m.organ),
                year=m.year or None,
                format=_text(m.format),
                published=_optional_text(m.published),
                period_start=_optional_text(m.period_start),
                period_end=_optional_text(m.period_end),
                contact=Contact(
                    address=_text(m.contact_address),
                    postcode=_text(m.contact_postcode),
                    phone=_text(m.contact_phone),
                    email=_text(m.contact_email),
                    website=_text(m.contact_website),
                ),
                input_bytes=m.input_bytes,
                input_lines=m.input_lines,
            )

        return self._cached("meta", make)

    @property
    def cells(self) -> Dict[str, Cell]:
        """Every cell the report prints, by flat key (spec/fields.tsv), in the
        order of the JSON ``fields``: state, value, raw text, place."""

        def make(handle: Any) -> Dict[str, Cell]:
            out: Dict[str, Cell] = {}
            for i in range(_lib.gk_report_field_count(handle)):
                f = _lib.gk_report_field_at(handle, i).contents
                key = _text(f.key)
                out[key] = Cell(
                    key=key,
                    state=CellState(f.state),
                    value=_field_value(key, f),
                    raw=_text(f.raw),
                    note=_text(f.note),
                    line=f.line,
                    column=f.column,
                    inferred=bool(f.inferred),
                    place=_place(f),
                )
            return out

        return dict(self._cached("cells", make))

    @property
    def fields(self) -> Dict[str, FieldValue]:
        """The flat fields, as JSON ``fields``: key → int, Decimal (money), or
        None for a cell printed blank. A cell not printed at all is absent."""
        return {key: cell.value for key, cell in self.cells.items()}

    def field(self, key: str) -> Cell:
        """The cell at a flat key.

        Raises:
            NotFoundError: the report does not print that cell.
        """
        data = key.encode("utf-8")
        out = ctypes.POINTER(_native.GkField)()
        err = _native.GkError()
        with self._calls.enter():
            status = _lib.gk_report_field(self._handle, data, len(data), ctypes.byref(out), ctypes.byref(err))
            _check(status, err)
            found = _text(out.contents.key)
        return self.cells[found]

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """The findings stored in the report (of parsing, and of validation
        when it was parsed with ``validate=True``)."""

        def make(handle: Any) -> List[Diagnostic]:
            return [
                _diagnostic(_lib.gk_report_diagnostic_at(handle, i).contents)
                for i in range(_lib.gk_report_diagnostic_count(handle))
            ]

        return list(self._cached("diagnostics", make))

    def validate(self) -> List[Diagnostic]:
        """Runs validation again and returns its findings (the report is not
        changed). Finding problems is a result, not an error."""
        out = _native.DiagnosticsPtr()
        err = _native.GkError()
        with self._calls.enter():
            status = _lib.gk_report_validate(self._handle, ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        try:
            return [_diagnostic(_lib.gk_diagnostics_at(out, i).contents) for i in range(_lib.gk_diagnostics_count(out))]
        finally:
            _lib.gk_diagnostics_free(out)

    def to_json(self, *, pretty: bool = False, detail: bool = True) -> str:
        """The canonical JSON (spec/output-contract.md plus gongkai's own
        members): the same report always gives the same text.

        Args:
            pretty: indent with two spaces instead of one line.
            detail: include sections, tables with cells and spans, derived values.
        """
        return self.to_json_bytes(pretty=pretty, detail=detail).decode("utf-8")

    def to_json_bytes(self, *, pretty: bool = False, detail: bool = True) -> bytes:
        """:meth:`to_json` as UTF-8 bytes, exactly as the library wrote them."""
        flags = (_native.GK_JSON_PRETTY if pretty else 0) | (_native.GK_JSON_DETAIL if detail else 0)
        out = _native.BufferPtr()
        err = _native.GkError()
        with self._calls.enter():
            status = _lib.gk_report_to_json(self._handle, flags, ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        try:
            # Copy the library's bytes out, then free its buffer.
            return ctypes.string_at(_lib.gk_buffer_data(out), _lib.gk_buffer_size(out))
        finally:
            _lib.gk_buffer_free(out)

    def __repr__(self) -> str:
        try:
            m = self.meta
        except ValueError:  # closed, perhaps by another thread just now
            return "<gongkai.Report closed>"
        return f"<gongkai.Report {m.organ or m.title!r} {m.year} {m.format}>"


def parse(source: Source, *, validate: bool = True, max_input_bytes: Optional[int] = None) -> Report:
    """Parses one annual report.

    Args:
        source: the report text as ``str``, its UTF-8 ``bytes``, or a path
            (``pathlib.Path`` or any ``os.PathLike``) to read. A plain ``str``
            is always text, never a file name.
        validate: also check the tables' arithmetic and the outline, adding
            the findings to :attr:`Report.diagnostics`.
        max_input_bytes: refuse larger input (default 256 MiB).

    Raises:
        InvalidUtf8Error, BinaryInputError, EmptyInputError, TooLargeError,
        IoError (a path that cannot be read).
    """
    if max_input_bytes is not None:
        _size_option("max_input_bytes", max_input_bytes)
    return Report._parse_bytes(_as_bytes(source, max_input_bytes or _default_max_input_bytes()), validate, max_input_bytes)


def _default_max_input_bytes() -> int:
    options = _native.GkParseOptions()
    _lib.gk_parse_options_init(ctypes.byref(options))
    return int(options.max_input_bytes)


def parse_file(
    source: Source,
    *,
    kind: str = "detect",
    encoding: Optional[str] = None,
    validate: bool = True,
    max_input_bytes: Optional[int] = None,
) -> Report:
    """Parses a report from a file people have: PDF, web page (HTML), Word
    (.docx), or text in UTF-8, UTF-16 (with a BOM) or GB18030/GBK.

    Args:
        source: a path (``str`` here is a path) or the file's ``bytes``.
        kind: "detect" (by the content, not the name), "text", "html",
            "docx" or "pdf".
        encoding: the text's or page's encoding when known ("gb18030").
        validate, max_input_bytes: as for :func:`parse`.

    Every cell gets its :attr:`Cell.place` in the file.

    Raises:
        BadFileError (damaged, truncated or encrypted PDF; a zip that is not
        Word), NeedsOcrError (a PDF without text), NoReportError, IoError, and
        the errors of :func:`parse`.
    """
    return Report._parse_file(source, kind, encoding, validate, max_input_bytes)
