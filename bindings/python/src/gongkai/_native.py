"""Loading libgongkai and declaring its C functions (ctypes).

The library is looked for inside the package first (``gongkai/_lib``), then
at the path in the ``GONGKAI_LIBRARY`` environment variable, then on the
system. A library whose ``gk_abi_version()`` is not the one this binding was
written for is refused. When nothing loads, the error lists every path tried
and why it failed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
from pathlib import Path
from typing import List, Optional, Tuple

#: The C ABI this binding speaks (GK_ABI_VERSION of gongkai.h).
ABI_VERSION = 1

# ---- C types ----------------------------------------------------------------

GK_ERROR_MESSAGE_SIZE = 512


class GkError(ctypes.Structure):
    """struct gk_error (caller-allocated)."""

    _fields_ = [
        ("code", ctypes.c_int),
        ("message", ctypes.c_char * GK_ERROR_MESSAGE_SIZE),
        ("offset", ctypes.c_size_t),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
    ]


class GkParseOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("max_input_bytes", ctypes.c_size_t),
        ("validate", ctypes.c_int),
    ]


class GkJsonOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("max_depth", ctypes.c_size_t),
        ("max_bytes", ctypes.c_size_t),
    ]


# The structs below are borrowed from a handle and read in place. Their char*
# members are borrowed too (c_char_p copies them out as bytes on access,
# which is what we want); owned memory is never declared c_char_p.


class GkMeta(ctypes.Structure):
    _fields_ = [
        ("title", ctypes.c_char_p),
        ("organ", ctypes.c_char_p),
        ("year", ctypes.c_int32),
        ("format", ctypes.c_char_p),
        ("published", ctypes.c_char_p),
        ("period_start", ctypes.c_char_p),
        ("period_end", ctypes.c_char_p),
        ("contact_address", ctypes.c_char_p),
        ("contact_postcode", ctypes.c_char_p),
        ("contact_phone", ctypes.c_char_p),
        ("contact_email", ctypes.c_char_p),
        ("contact_website", ctypes.c_char_p),
        ("input_bytes", ctypes.c_size_t),
        ("input_lines", ctypes.c_uint32),
    ]


class GkField(ctypes.Structure):
    _fields_ = [
        ("key", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("value", ctypes.c_char_p),
        ("units", ctypes.c_int64),
        ("scale", ctypes.c_int32),
        ("number", ctypes.c_double),
        ("raw", ctypes.c_char_p),
        ("note", ctypes.c_char_p),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
        ("inferred", ctypes.c_int),
        ("has_place", ctypes.c_int),
        ("place_page", ctypes.c_uint32),
        ("place_box", ctypes.c_double * 4),
        ("place_table", ctypes.c_uint32),
        ("place_row", ctypes.c_uint32),
        ("place_column", ctypes.c_uint32),
    ]


class GkFileOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("kind", ctypes.c_int),
        ("encoding", ctypes.c_char_p),
        ("encoding_length", ctypes.c_size_t),
        ("max_unpacked_bytes", ctypes.c_size_t),
    ]


class GkCsvOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("layout", ctypes.c_int),
        ("header", ctypes.c_int),
        ("bom", ctypes.c_int),
        ("report_name", ctypes.c_char_p),
        ("report_name_length", ctypes.c_size_t),
    ]


class GkRenderOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("list_findings", ctypes.c_int),
        ("source_name", ctypes.c_char_p),
        ("source_name_length", ctypes.c_size_t),
    ]


class GkCellRef(ctypes.Structure):
    _fields_ = [
        ("key", ctypes.c_char_p),
        ("value", ctypes.c_char_p),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
    ]


class GkDiagnostic(ctypes.Structure):
    _fields_ = [
        ("rule", ctypes.c_char_p),
        ("severity", ctypes.c_int),
        ("severity_name", ctypes.c_char_p),
        ("message_zh", ctypes.c_char_p),
        ("message_en", ctypes.c_char_p),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
        ("lhs", ctypes.c_char_p),
        ("rhs", ctypes.c_char_p),
        ("difference", ctypes.c_char_p),
        ("evidence", ctypes.c_char_p),
        ("cell_count", ctypes.c_size_t),
        ("cells", ctypes.POINTER(GkCellRef)),
    ]


# One distinct, incomplete struct per handle, so a report pointer can never be
# passed where a buffer pointer is expected.
class _GkReport(ctypes.Structure):
    pass


class _GkDiagnostics(ctypes.Structure):
    pass


class _GkBuffer(ctypes.Structure):
    pass


ReportPtr = ctypes.POINTER(_GkReport)
DiagnosticsPtr = ctypes.POINTER(_GkDiagnostics)
BufferPtr = ctypes.POINTER(_GkBuffer)

_c = ctypes
_SIGNATURES = {
    # name: (restype, argtypes)
    "gk_version": (_c.c_char_p, []),  # static storage, not owned
    "gk_abi_version": (_c.c_uint32, []),
    "gk_status_name": (_c.c_char_p, [_c.c_int]),  # static storage
    "gk_buffer_data": (_c.c_void_p, [BufferPtr]),  # owned by the buffer: read with string_at
    "gk_buffer_size": (_c.c_size_t, [BufferPtr]),
    "gk_buffer_free": (None, [BufferPtr]),
    "gk_parse_options_init": (None, [_c.POINTER(GkParseOptions)]),
    "gk_json_options_init": (None, [_c.POINTER(GkJsonOptions)]),
    "gk_report_parse": (
        _c.c_int,
        [_c.c_char_p, _c.c_size_t, _c.POINTER(GkParseOptions), _c.POINTER(ReportPtr), _c.POINTER(GkError)],
    ),
    "gk_file_options_init": (None, [_c.POINTER(GkFileOptions)]),
    "gk_report_parse_bytes": (
        _c.c_int,
        [_c.c_char_p, _c.c_size_t, _c.POINTER(GkFileOptions), _c.POINTER(GkParseOptions), _c.POINTER(ReportPtr),
         _c.POINTER(GkError)],
    ),
    "gk_report_parse_file": (
        _c.c_int,
        [_c.c_char_p, _c.c_size_t, _c.POINTER(GkFileOptions), _c.POINTER(GkParseOptions), _c.POINTER(ReportPtr),
         _c.POINTER(GkError)],
    ),
    "gk_report_from_json": (
        _c.c_int,
        [_c.c_char_p, _c.c_size_t, _c.POINTER(GkJsonOptions), _c.POINTER(ReportPtr), _c.POINTER(GkError)],
    ),
    "gk_report_free": (None, [ReportPtr]),
    "gk_report_to_json": (_c.c_int, [ReportPtr, _c.c_uint, _c.POINTER(BufferPtr), _c.POINTER(GkError)]),
    "gk_report_meta": (_c.POINTER(GkMeta), [ReportPtr]),
    "gk_report_field_count": (_c.c_size_t, [ReportPtr]),
    "gk_report_field_at": (_c.POINTER(GkField), [ReportPtr, _c.c_size_t]),
    "gk_report_field": (
        _c.c_int,
        [ReportPtr, _c.c_char_p, _c.c_size_t, _c.POINTER(_c.POINTER(GkField)), _c.POINTER(GkError)],
    ),
    "gk_report_diagnostic_count": (_c.c_size_t, [ReportPtr]),
    "gk_report_diagnostic_at": (_c.POINTER(GkDiagnostic), [ReportPtr, _c.c_size_t]),
    "gk_report_validate": (_c.c_int, [ReportPtr, _c.POINTER(DiagnosticsPtr), _c.POINTER(GkError)]),
    "gk_diagnostics_count": (_c.c_size_t, [DiagnosticsPtr]),
    "gk_diagnostics_at": (_c.POINTER(GkDiagnostic), [DiagnosticsPtr, _c.c_size_t]),
    "gk_diagnostics_free": (None, [DiagnosticsPtr]),
    "gk_csv_options_init": (None, [_c.POINTER(GkCsvOptions)]),
    "gk_report_to_csv": (
        _c.c_int, [ReportPtr, _c.POINTER(GkCsvOptions), _c.POINTER(BufferPtr), _c.POINTER(GkError)]
    ),
    "gk_render_options_init": (None, [_c.POINTER(GkRenderOptions)]),
    "gk_report_to_markdown": (
        _c.c_int, [ReportPtr, _c.POINTER(GkRenderOptions), _c.POINTER(BufferPtr), _c.POINTER(GkError)]
    ),
    "gk_report_to_html": (
        _c.c_int, [ReportPtr, _c.POINTER(GkRenderOptions), _c.POINTER(BufferPtr), _c.POINTER(GkError)]
    ),
    "gk_report_compare_previous": (
        _c.c_int, [ReportPtr, ReportPtr, _c.POINTER(DiagnosticsPtr), _c.POINTER(GkError)]
    ),
    "gk_report_compare_children": (
        _c.c_int, [ReportPtr, _c.POINTER(ReportPtr), _c.c_size_t, _c.POINTER(DiagnosticsPtr), _c.POINTER(GkError)]
    ),
}

GK_JSON_PRETTY = 1
GK_JSON_DETAIL = 2
GK_CSV_WIDE = 0
GK_CSV_LONG = 1
GK_CSV_HEADER_KEYS = 0
GK_CSV_HEADER_ZH = 1


class LibraryNotFoundError(ImportError):
    """No usable libgongkai was found. ``tried`` lists (path, reason) pairs."""

    def __init__(self, tried: List[Tuple[str, str]]):
        self.tried = tried
        lines = "\n".join(f"  {path}: {reason}" for path, reason in tried) or "  (no candidate)"
        super().__init__(
            "gongkai: could not load a libgongkai with ABI version "
            f"{ABI_VERSION}. Tried, in order:\n{lines}\n"
            "Install the package with `pip install ./bindings/python`, or set "
            "GONGKAI_LIBRARY to the path of libgongkai.so."
        )


def _library_file_names() -> List[str]:
    if sys.platform == "darwin":
        return ["libgongkai.dylib", "libgongkai.1.dylib"]
    if os.name == "nt":
        return ["gongkai.dll", "libgongkai.dll"]
    return ["libgongkai.so", f"libgongkai.so.{ABI_VERSION}"]


def candidate_paths() -> List[Tuple[str, str]]:
    """The places a library is looked for, in order, as (origin, path)."""
    out: List[Tuple[str, str]] = []
    package_lib = Path(__file__).resolve().parent / "_lib"
    for name in _library_file_names():
        out.append(("package", str(package_lib / name)))
    env = os.environ.get("GONGKAI_LIBRARY")
    if env:
        out.append(("GONGKAI_LIBRARY", env))
    found = ctypes.util.find_library("gongkai")
    if found:
        out.append(("system", found))
    for name in _library_file_names():
        out.append(("system", name))  # the dynamic loader's own search
    return out


def _declare(lib: ctypes.CDLL) -> None:
    for name, (restype, argtypes) in _SIGNATURES.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes


def _try_load(path: str, origin: str) -> Tuple[Optional[ctypes.CDLL], str]:
    if origin != "system" and not os.path.exists(path):
        return None, "no such file"
    try:
        lib = ctypes.CDLL(path)
    except OSError as e:
        return None, f"cannot load: {e}"
    try:
        _declare(lib)
    except AttributeError as e:
        return None, f"not a gongkai library ({e})"
    abi = lib.gk_abi_version()
    if abi != ABI_VERSION:
        return None, f"ABI version {abi}, this binding needs {ABI_VERSION}"
    return lib, "loaded"


_lock = threading.Lock()
_lib: Optional[ctypes.CDLL] = None
_lib_path: Optional[str] = None


def load() -> ctypes.CDLL:
    """The loaded library (loaded on first use, once)."""
    global _lib, _lib_path
    if _lib is not None:
        return _lib
    with _lock:
        if _lib is None:
            tried: List[Tuple[str, str]] = []
            for origin, path in candidate_paths():
                lib, reason = _try_load(path, origin)
                tried.append((f"{path} ({origin})", reason))
                if lib is not None:
                    _lib, _lib_path = lib, path
                    break
            else:
                raise LibraryNotFoundError(tried)
    return _lib


def library_path() -> str:
    """Where the loaded library came from."""
    load()
    assert _lib_path is not None
    return _lib_path
