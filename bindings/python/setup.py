"""Builds libgongkai with CMake and ships it inside the package.

`pip install ./bindings/python` runs this from a checkout: it configures the
repository root (two levels up, or GONGKAI_SOURCE_DIR) with tests, tools and
benchmarks off, builds only the `gongkai` shared library, and copies it to
gongkai/_lib/libgongkai.so in the wheel.

GONGKAI_PREBUILT_LIBRARY=/path/to/libgongkai.so skips the CMake build and
ships that file instead (the test script uses the tree built by
scripts/build.sh this way).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
LIBRARY_NAME = "libgongkai.so"


def source_dir() -> Path:
    env = os.environ.get("GONGKAI_SOURCE_DIR")
    candidates = [Path(env)] if env else [HERE.parent.parent]
    for c in candidates:
        if (c / "capi" / "gongkai.h").is_file() and (c / "CMakeLists.txt").is_file():
            return c.resolve()
    sys.exit(
        "gongkai: cannot find the gongkai sources (looked for capi/gongkai.h in "
        + ", ".join(str(c) for c in candidates)
        + "). Install from a checkout with `pip install ./bindings/python`, "
        "set GONGKAI_SOURCE_DIR, or set GONGKAI_PREBUILT_LIBRARY to a built libgongkai.so."
    )


def run(cmd):
    print("gongkai:", " ".join(str(c) for c in cmd), flush=True)
    subprocess.check_call([str(c) for c in cmd])


def build_library(build_temp: Path) -> Path:
    prebuilt = os.environ.get("GONGKAI_PREBUILT_LIBRARY")
    if prebuilt:
        path = Path(prebuilt)
        if not path.is_file():
            sys.exit(f"gongkai: GONGKAI_PREBUILT_LIBRARY={prebuilt} is not a file")
        return path.resolve()
    if shutil.which("cmake") is None:
        sys.exit("gongkai: building the native library needs cmake (see scripts/deps.sh)")
    src = source_dir()
    build = build_temp / "cmake"
    configure = [
        "cmake", "-S", src, "-B", build,
        "-DCMAKE_BUILD_TYPE=Release",
        "-DGONGKAI_BUILD_TESTS=OFF",
        "-DGONGKAI_BUILD_TOOLS=OFF",
        "-DGONGKAI_BUILD_BENCH=OFF",
    ]
    if shutil.which("ninja") and not (build / "CMakeCache.txt").exists():
        configure += ["-G", "Ninja"]
    run(configure)
    jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(min(os.cpu_count() or 1, 2))
    run(["cmake", "--build", build, "--target", "gongkai", "--parallel", jobs])
    built = build / "capi" / LIBRARY_NAME
    if not built.exists():
        sys.exit(f"gongkai: the build did not produce {built}")
    return built.resolve()  # the real file behind the symlinks


class BuildPyWithLibrary(build_py):
    """build_py that also puts libgongkai.so into gongkai/_lib/."""

    def run(self):
        super().run()
        # bindings/python/build/ (git-ignored) keeps the CMake tree between runs.
        library = build_library(HERE / "build")
        target = Path(self.build_lib) / "gongkai" / "_lib"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(library, target / LIBRARY_NAME)
        print(f"gongkai: bundled {library} as {target / LIBRARY_NAME}", flush=True)


class BinaryDistribution(Distribution):
    """The wheel carries a native library, so it is platform-specific."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildPyWithLibrary}, distclass=BinaryDistribution)
