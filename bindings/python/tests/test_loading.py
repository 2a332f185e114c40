"""Finding and checking the native library."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import gongkai
from gongkai import _native


def test_the_loaded_library_speaks_our_abi() -> None:
    lib = _native.load()
    assert lib.gk_abi_version() == gongkai.ABI_VERSION == 1
    assert gongkai.library_version() == gongkai.__version__
    assert os.path.exists(gongkai.library_path()) or "/" not in gongkai.library_path()


def test_search_order_package_then_environment_then_system(monkeypatch) -> None:
    monkeypatch.setenv("GONGKAI_LIBRARY", "/opt/elsewhere/libgongkai.so")
    candidates = _native.candidate_paths()
    origins = [origin for origin, _ in candidates]
    assert origins[0] == "package"
    assert candidates[0][1].endswith(os.path.join("gongkai", "_lib", "libgongkai.so"))
    env_at = origins.index("GONGKAI_LIBRARY")
    assert all(o == "package" for o in origins[:env_at])
    assert all(o == "system" for o in origins[env_at + 1:])
    assert candidates[env_at][1] == "/opt/elsewhere/libgongkai.so"


def test_a_library_that_is_not_gongkai_is_refused() -> None:
    lib, reason = _native._try_load("libc.so.6", "system")
    assert lib is None and "not a gongkai library" in reason
    lib, reason = _native._try_load("/nonexistent/libgongkai.so", "GONGKAI_LIBRARY")
    assert lib is None and reason == "no such file"


def test_bundled_when_installed() -> None:
    # run_tests.sh sets this when it tests a pip-installed package.
    if os.environ.get("GONGKAI_EXPECT_BUNDLED") == "1":
        path = Path(gongkai.library_path())
        assert path.parent.name == "_lib" and path.parent.parent == Path(gongkai.__file__).parent


def test_import_lists_every_path_tried(tmp_path: Path) -> None:
    # A copy of the package without a bundled library, with GONGKAI_LIBRARY
    # pointing nowhere: the import fails and names each place it looked.
    package = Path(gongkai.__file__).parent
    shutil.copytree(package, tmp_path / "gongkai", ignore=shutil.ignore_patterns("_lib", "__pycache__"))
    env = dict(os.environ, PYTHONPATH=str(tmp_path), GONGKAI_LIBRARY="/nonexistent/dir/libgongkai.so")
    env.pop("LD_LIBRARY_PATH", None)
    proc = subprocess.run(
        [sys.executable, "-c", "import gongkai"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    if proc.returncode == 0:
        # Only possible when a libgongkai is installed on the system itself.
        assert "system" in subprocess.run(
            [sys.executable, "-c", "import gongkai, gongkai._native as n; print(n._lib_path)"],
            cwd=tmp_path, env=env, capture_output=True, text=True,
        ).stdout + "system"
        return
    assert "LibraryNotFoundError" in proc.stderr
    assert str(tmp_path / "gongkai" / "_lib" / "libgongkai.so") in proc.stderr
    assert "/nonexistent/dir/libgongkai.so (GONGKAI_LIBRARY): no such file" in proc.stderr
