"""Report: a parsed report, backed by a gk_report handle."""

from __future__ import annotations

import contextlib
import ctypes
import os
import threading
import warnings
import weakref
from decimal import Decimal
from typing import Any, Callable, Dict, List, Optional, Sequence, TypeVar, Union, cast

from . import _native
from ._in_flight import InFlight
from ._errors import Status, TooLargeError, io_error_from, raise_for
from ._types import Cell, CellRef, CellState, Contact, Diagnostic, FieldValue, FilePlace, Meta, Severity

#: A file to read: a name as ``str`` or any ``os.PathLike``, as ``open()`` takes it.
PathSource = Union[str, "os.PathLike[str]", "os.PathLike[bytes]"]
#: What :func:`parse` and :func:`parse_file` take as their first argument: a
#: path, or the file's bytes.
Source = Union[PathSource, bytes, bytearray, memoryview]
#: Report text given explicitly (``parse(text=...)``).
Text = Union[str, bytes, bytearray, memoryview]

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
        raise io_error_from(e, path) from e


def _text_bytes(text: Text) -> bytes:
    if isinstance(text, str):
        return text.encode("utf-8")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def _looks_like_text(source: str) -> bool:
    """A str that holds a line break is report text passed the way gongkai
    0.1 took it; no one names a file so. Every other str is a file name."""
    return "\n" in source or "\r" in source


def _as_bytes(source: Optional[Source], text: Optional[Text], limit: int) -> bytes:
    """The bytes to parse: the text given as ``text=``, the bytes given, or
    the file a path names (a ``str`` is a path, as for ``open()``)."""
    if text is not None:
        if source is not None:
            raise TypeError("parse() takes a path or bytes, or text=, not both")
        return _text_bytes(text)
    if source is None:
        raise TypeError("parse() needs a path, bytes, or text=")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str) and _looks_like_text(source):
        warnings.warn(
            "gongkai.parse(str) reads a file of that name; pass report text as gongkai.parse(text=...)",
            DeprecationWarning,
            stacklevel=3,
        )
        return source.encode("utf-8")
    if isinstance(source, (str, os.PathLike)):
        return _read_file(os.fsdecode(source), limit)
    raise TypeError(f"parse() takes a path (str, os.PathLike) or bytes, not {type(source).__name__}")


def _report_from_pickle(json: bytes) -> "Report":
    """Unpickles a Report (see Report.__reduce__)."""
    return Report.from_json(json)


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
            # The library would say GK_IO_ERROR; Python callers expect
            # FileNotFoundError (with its errno) for a name that is not there.
            try:
                os.stat(source)
            except OSError as e:
                raise io_error_from(e, os.fsdecode(source)) from e
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

    def _buffer_call(self, call: Callable[[Any, Any, Any], int]) -> bytes:
        """Runs ``call(handle, out, err)`` that makes a gk_buffer, and returns
        its bytes (the buffer is freed)."""
        out = _native.BufferPtr()
        err = _native.GkError()
        with self._calls.enter():
            status = call(self._handle, ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        try:
            return ctypes.string_at(_lib.gk_buffer_data(out), _lib.gk_buffer_size(out))
        finally:
            _lib.gk_buffer_free(out)

    def to_csv(self, *, layout: str = "wide", header: str = "keys", bom: bool = False, name: str = "") -> str:
        """The report as a CSV document (RFC 4180, CRLF line ends).

        Args:
            layout: "wide" (a header row and one row: metadata, then a column
                per field of the report's format) or "long" (a row per printed
                cell: report, key, value, line).
            header: "keys" (the flat keys, for scripts) or "zh" (the Chinese
                labels the template prints, for people; "long" then has a
                字段名称 column beside the key).
            bom: start with a UTF-8 byte order mark (Excel needs it).
            name: the "report" column (a file name).
        """
        layouts = {"wide": _native.GK_CSV_WIDE, "long": _native.GK_CSV_LONG}
        headers = {"keys": _native.GK_CSV_HEADER_KEYS, "zh": _native.GK_CSV_HEADER_ZH}
        if layout not in layouts:
            raise ValueError(f"layout must be 'wide' or 'long', not {layout!r}")
        if header not in headers:
            raise ValueError(f"header must be 'keys' or 'zh', not {header!r}")
        options = _native.GkCsvOptions()
        _lib.gk_csv_options_init(ctypes.byref(options))
        options.layout = layouts[layout]
        options.header = headers[header]
        options.bom = 1 if bom else 0
        name_bytes = name.encode("utf-8")
        options.report_name = name_bytes
        options.report_name_length = len(name_bytes)
        data = self._buffer_call(lambda h, out, err: _lib.gk_report_to_csv(h, ctypes.byref(options), out, err))
        return data.decode("utf-8")

    def _render(self, function: Any, findings: bool, source_name: str) -> str:
        options = _native.GkRenderOptions()
        _lib.gk_render_options_init(ctypes.byref(options))
        options.list_findings = 1 if findings else 0
        name_bytes = source_name.encode("utf-8")
        options.source_name = name_bytes
        options.source_name_length = len(name_bytes)
        return self._buffer_call(lambda h, out, err: function(h, ctypes.byref(options), out, err)).decode("utf-8")

    def to_markdown(self, *, findings: bool = True, source_name: str = "") -> str:
        """The tables in Markdown, in the template's layout, cells that
        findings name marked; ``findings`` lists them after the tables, and
        ``source_name`` (a file name) shows under the title."""
        return self._render(_lib.gk_report_to_markdown, findings, source_name)

    def to_html(self, *, findings: bool = True, source_name: str = "") -> str:
        """The tables as a self-contained HTML page (no external resources);
        the arguments as for :meth:`to_markdown`."""
        return self._render(_lib.gk_report_to_html, findings, source_name)

    def _diagnostics_call(self, others: Sequence["Report"], call: Callable[[Any, Any], int]) -> List[Diagnostic]:
        """Runs ``call(out, err)`` that makes a gk_diagnostics while this
        report and `others` are held open, and returns its findings."""
        out = _native.DiagnosticsPtr()
        err = _native.GkError()
        with contextlib.ExitStack() as held:
            held.enter_context(self._calls.enter())
            for other in others:
                held.enter_context(other._calls.enter())
            status = call(ctypes.byref(out), ctypes.byref(err))
        _check(status, err)
        try:
            return [_diagnostic(_lib.gk_diagnostics_at(out, i).contents) for i in range(_lib.gk_diagnostics_count(out))]
        finally:
            _lib.gk_diagnostics_free(out)

    def compare_with_previous(self, previous: "Report") -> List[Diagnostic]:
        """This year's 上年结转 (carried over) against `previous`, the same
        organ's report for the year before (its 结转下年度继续办理), per
        column: PREV-CARRIED-OVER, PREV-YEAR, PREV-FORMAT findings. Neither
        report is changed."""
        if not isinstance(previous, Report):
            raise TypeError(f"previous must be a Report, not {type(previous).__name__}")
        return self._diagnostics_call(
            [previous], lambda out, err: _lib.gk_report_compare_previous(self._handle, previous._handle, out, err)
        )

    def compare_with_children(self, children: Sequence["Report"]) -> List[Diagnostic]:
        """This report (a parent organ's) against the sum of its organs'
        reports, cell by cell: CHILDREN-SUM and CHILDREN-FORMAT findings."""
        children = list(children)
        for c in children:
            if not isinstance(c, Report):
                raise TypeError(f"children must be Reports, not {type(c).__name__}")

        def call(out: Any, err: Any) -> int:
            handles = (_native.ReportPtr * max(1, len(children)))(*(c._handle for c in children))
            return cast(int, _lib.gk_report_compare_children(self._handle, handles, len(children), out, err))

        return self._diagnostics_call(children, call)

    # ---- pickling -------------------------------------------------------------

    def __reduce__(self) -> Any:
        """A Report pickles as its detailed JSON, from which the whole model
        comes back: multiprocessing and Spark can move it between processes."""
        return (_report_from_pickle, (self.to_json_bytes(),))

    def __repr__(self) -> str:
        try:
            m = self.meta
        except ValueError:  # closed, perhaps by another thread just now
            return "<gongkai.Report closed>"
        return f"<gongkai.Report {m.organ or m.title!r} {m.year} {m.format}>"


def parse(
    source: Optional[Source] = None,
    *,
    text: Optional[Text] = None,
    validate: bool = True,
    max_input_bytes: Optional[int] = None,
) -> Report:
    """Parses one annual report given as text.

    Args:
        source: the file to read: a name (``str``) or any ``os.PathLike``,
            as ``open()`` takes them; or the report's UTF-8 ``bytes``.
        text: the report text itself (``str``, or UTF-8 ``bytes``). The only
            way to pass text; give either `source` or `text`.
        validate: also check the tables' arithmetic and the outline, adding
            the findings to :attr:`Report.diagnostics`.
        max_input_bytes: refuse larger input (default 256 MiB).

    For gongkai 0.1 callers, a ``str`` that holds a line break is still
    read as text, with a ``DeprecationWarning``: no file is named so.

    Raises:
        FileNotFoundError (a :class:`MissingFileError`, also an
        :class:`IoError`): no file of that name. IoError: a file that cannot
        be read. InvalidUtf8Error, BinaryInputError, EmptyInputError,
        TooLargeError.
    """
    if max_input_bytes is not None:
        _size_option("max_input_bytes", max_input_bytes)
    data = _as_bytes(source, text, max_input_bytes or _default_max_input_bytes())
    return Report._parse_bytes(data, validate, max_input_bytes)


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
        source: a path (``str`` or ``os.PathLike``, as for ``open()``) or
            the file's ``bytes``.
        kind: "detect" (by the content, not the name), "text", "html",
            "docx" or "pdf".
        encoding: the text's or page's encoding when known ("gb18030").
        validate, max_input_bytes: as for :func:`parse`.

    Every cell gets its :attr:`Cell.place` in the file.

    Raises:
        BadFileError (damaged, truncated or encrypted PDF; a zip that is not
        Word), NeedsOcrError (a PDF without text), NoReportError,
        FileNotFoundError (a :class:`MissingFileError`), IoError, and the
        errors of :func:`parse`.
    """
    return Report._parse_file(source, kind, encoding, validate, max_input_bytes)
