"""Shared fixtures: paths of test data, and report texts built from them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List

import pytest

import gongkai

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "c" / "data"
CORPUS = Path(os.environ.get("GONGKAI_CORPUS_DIR", REPO.parent / "shared" / "corpus" / "dev"))
SAMPLES = REPO / "samples"


def corpus_files() -> List[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def sample_files() -> List[Path]:
    return sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []


@pytest.fixture(scope="session")
def example_path() -> Path:
    """A balanced gk2021 report of a made-up organ (示例县统计局, 2021)."""
    return DATA / "example_county_2021.txt"


@pytest.fixture(scope="session")
def unbalanced_path() -> Path:
    """The same report with (七)总计 of 自然人 printed as 21 instead of 19."""
    return DATA / "example_county_2021_unbalanced.txt"


@pytest.fixture(scope="session")
def example_text(example_path: Path) -> str:
    return example_path.read_text(encoding="utf-8")


@pytest.fixture
def example(example_path: Path):
    with gongkai.parse(example_path) as report:
        yield report


@pytest.fixture
def unbalanced(unbalanced_path: Path):
    with gongkai.parse(unbalanced_path) as report:
        yield report
