"""Builds libgongkai with CMake and ships it inside the package.

`pip install ./bindings/python` runs this from a checkout: it configures the
repository root (two levels up, or GONGKAI_SOURCE_DIR) with tests, tools and
benchmarks off, builds only the `gongkai` shared library, and copies it to
gongkai/_lib/libgongkai.so in the wheel.

GONGKAI_PREBUILT_LIBRARY=/path/to/libgongkai.so skips the CMake build and
ships that file instead (the test script uses the tree built by
scripts/build.sh this way).

The source distribution carries the C++ sources under native/ (see
SdistWithSources), so `pip install gongkai-*.tar.gz` builds the same way.
The wheel is tagged py3-none-<platform>: the package loads the library with
ctypes and does not depend on the CPython ABI. scripts/package.sh then makes
it a manylinux wheel with auditwheel repair, which vendors the libraries
listed in gongkai/_lib/licenses/README.txt (their licences beside it).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

try:
    from wheel.bdist_wheel import bdist_wheel
except ImportError:  # no wheel package: `setup.py install` style builds
    bdist_wheel = None

HERE = Path(__file__).resolve().parent
LIBRARY_NAME = "libgongkai.so"
# What of the repository the library's CMake build needs (its tests, tools
# and benchmarks stay off), copied into the sdist as native/.
NATIVE_SOURCES = ["CMakeLists.txt", "LICENSE", "cmake", "capi", "include", "lib", "pack"]


def source_dir() -> Path:
    env = os.environ.get("GONGKAI_SOURCE_DIR")
    candidates = [Path(env)] if env else [HERE / "native", HERE.parent.parent]
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
        copy_dependency_licenses(library, target / "licenses")


def copy_dependency_licenses(library: Path, outdir: Path):
    """The licences of the libraries that auditwheel will vendor beside the
    library (pack/native_deps.py finds them from the Debian packages)."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        print("gongkai: not on Debian: the licences of the bundled libraries are not added", flush=True)
        return
    script = source_dir() / "pack" / "native_deps.py"
    run([sys.executable, script, "licenses", library, outdir])


class SdistWithSources(sdist):
    """An sdist that can build: the repository's C++ sources go in as native/,
    where source_dir() looks first; a library left in src/gongkai/_lib by an
    earlier build stays out."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        src = source_dir()
        for name in NATIVE_SOURCES:
            origin, dest = src / name, Path(base_dir) / "native" / name
            if origin.is_dir():
                shutil.copytree(origin, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(origin, dest)
        shutil.rmtree(Path(base_dir) / "src" / "gongkai" / "_lib", ignore_errors=True)


class BinaryDistribution(Distribution):
    """The wheel carries a native library, so it is platform-specific."""

    def has_ext_modules(self):
        return True


commands = {"build_py": BuildPyWithLibrary, "sdist": SdistWithSources}
if bdist_wheel is not None:

    class PurePythonAbiWheel(bdist_wheel):
        """py3-none-<platform>: a platform wheel for any Python 3."""

        def get_tag(self):
            _, _, platform = super().get_tag()
            return "py3", "none", platform

    commands["bdist_wheel"] = PurePythonAbiWheel

setup(cmdclass=commands, distclass=BinaryDistribution)
