"""Plain dataclasses for what a report holds: metadata, cells, findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional, Tuple, Union

#: A field value: an int for counts, a Decimal for money (``*_wan`` keys) and
#: any value printed with decimals, None for a cell printed blank (or as 无,
#: —, /, or as text that is not a number).
FieldValue = Union[int, Decimal, None]


class CellState(enum.IntEnum):
    """What a table cell holds, as printed."""

    NUMBER = 0
    BLANK = 1
    BLANK_MARK = 2
    NOT_NUMBER = 3


class Severity(enum.IntEnum):
    """How serious a finding is (ordered: INFO < WARNING < ERROR)."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Contact:
    """The contact details the report prints ("" when not printed)."""

    address: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class Meta:
    """The report's metadata (JSON ``meta``)."""

    title: str
    """The title as printed, line breaks joined."""
    organ: str
    """The reporting organ: the title without year and 政府信息公开…报告."""
    year: Optional[int]
    """The year the report covers; None when unknown."""
    format: str
    """"gk2021", "gk2019", "legacy" or "narrative" (JSON ``meta.template``)."""
    published: Optional[str]
    """The date under the signature, YYYY-MM-DD, or None."""
    period_start: Optional[str] = None
    period_end: Optional[str] = None
    contact: Contact = field(default_factory=Contact)
    input_bytes: int = 0
    input_lines: int = 0

    @property
    def template(self) -> str:
        """The same as :attr:`format`, under its JSON name."""
        return self.format


@dataclass(frozen=True)
class FilePlace:
    """Where a cell is in the PDF, web page or Word file it was read from.
    Numbers are 1-based; 0 when not known (a web page has no page)."""

    page: int = 0
    box: Optional[Tuple[float, float, float, float]] = None
    """PDF: x0, y0, x1, y1 in points from the page's top-left corner."""
    table: int = 0
    row: int = 0
    column: int = 0


@dataclass(frozen=True)
class Cell:
    """One statistic of a template table, placed at its flat key."""

    key: str
    state: CellState
    value: FieldValue
    """The number (int or Decimal), None unless state is NUMBER."""
    raw: str
    """The text as printed."""
    note: str = ""
    """An annotation printed in the cell (22（其中修订16件） gives "其中修订16件")."""
    line: int = 0
    column: int = 0
    inferred: bool = False
    """Placed by inference; a CELL-REPAIRED finding says how."""
    place: Optional[FilePlace] = None
    """Its place in the file (:func:`gongkai.parse_file`); None for text."""


@dataclass(frozen=True)
class CellRef:
    """A cell a finding read."""

    key: str
    value: Optional[Decimal]
    """None when blank (counted as 0) or absent."""
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class Diagnostic:
    """A finding of parsing or validation. Findings are results, not errors."""

    rule: str
    """An id from spec/rules.md, such as "T3-BALANCE"."""
    severity: Severity
    message_zh: str
    message_en: str
    line: int = 0
    column: int = 0
    lhs: Optional[Decimal] = None
    """For a relation: the total side."""
    rhs: Optional[Decimal] = None
    """The sum side."""
    difference: Optional[Decimal] = None
    """lhs - rhs."""
    evidence: str = ""
    """For repairs: what was printed and why the repair is the only one."""
    cells: Tuple[CellRef, ...] = ()

    @property
    def message(self) -> str:
        """The Chinese message (JSON ``message``)."""
        return self.message_zh
