#!/usr/bin/env python3
"""Every JSON gongkai emits is valid against docs/json-schema.json, with its
members in the order the schema lists them. Checked on the bundled samples,
the shared dev corpus (when present) and a generated report, full and brief.

A small validator for the keywords the schema uses is built in, so the test
needs nothing beyond Python; when the `jsonschema` package is installed, the
schema itself is also checked as draft 2020-12 and every document validated
with it too.
Usage: test_schema.py /path/to/gongkai"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import make_reports  # noqa: E402

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def type_ok(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


class Validator:
    def __init__(self, schema):
        self.root = schema
        self.errors = []

    def resolve(self, ref):
        node = self.root
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def fail(self, path, what):
        self.errors.append(f"{path}: {what}")

    def check(self, value, schema, path="$"):
        if "$ref" in schema:
            self.check(value, self.resolve(schema["$ref"]), path)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(type_ok(value, n) for n in names):
                self.fail(path, f"type {type(value).__name__}, expected {names}")
                return
        if "const" in schema and value != schema["const"]:
            self.fail(path, f"{value!r} is not {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            self.fail(path, f"{value!r} not in {schema['enum']}")
        if "minimum" in schema and isinstance(value, (int, float)) and value < schema["minimum"]:
            self.fail(path, f"{value} < {schema['minimum']}")
        if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
            self.fail(path, f"{value!r} does not match {schema['pattern']}")
        if "if" in schema:
            probe = Validator(self.root)
            probe.check(value, schema["if"], path)
            branch = schema.get("then" if not probe.errors else "else")
            if branch:
                self.check(value, branch, path)
        if isinstance(value, dict):
            props = schema.get("properties", {})
            for key in schema.get("required", []):
                if key not in value:
                    self.fail(path, f"missing member {key}")
            listed = [k for k in props if k in value]
            present = [k for k in value if k in props]
            if listed != present:
                self.fail(path, f"members out of order: {present} (schema order {listed})")
            for key, item in value.items():
                if "propertyNames" in schema:
                    self.check(key, schema["propertyNames"], f"{path}.{key}<name>")
                if key in props:
                    self.check(item, props[key], f"{path}.{key}")
                elif schema.get("additionalProperties") is False:
                    self.fail(path, f"unexpected member {key}")
                elif isinstance(schema.get("additionalProperties"), dict):
                    self.check(item, schema["additionalProperties"], f"{path}.{key}")
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                self.check(item, schema["items"], f"{path}[{i}]")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gongkai = sys.argv[1]
    with open(os.path.join(ROOT, "docs", "json-schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    try:
        import jsonschema
        jsonschema.Draft202012Validator.check_schema(schema)
        library = jsonschema.Draft202012Validator(schema)
        print("jsonschema found: the schema is valid draft 2020-12")
    except ImportError:
        library = None
        print("jsonschema not installed: using the built-in validator only")

    inputs = sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")))
    inputs += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "dev", "*.txt")))
    # Files read by the front ends: their cells carry "place".
    for kind in ("pdf", "html", "docx"):
        inputs += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "dev", kind, "*." + kind)))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(HERE, "data", "report_gk2021.txt.in"), encoding="utf-8") as f:
            generated = os.path.join(tmp, "generated.txt")
            with open(generated, "w", encoding="utf-8") as g:
                g.write(make_reports.report(7, f.read()))
        inputs.append(generated)
        failures = 0
        documents = 0
        for path in inputs:
            for flags in ([], ["--brief"]):
                proc = subprocess.run([gongkai, "parse", *flags, path], capture_output=True, timeout=60)
                if proc.returncode != 0:
                    print(f"FAIL {path}: gongkai parse exited {proc.returncode}")
                    failures += 1
                    continue
                doc = json.loads(proc.stdout)
                documents += 1
                v = Validator(schema)
                v.check(doc, schema)
                if library is not None:
                    v.errors += [f"jsonschema: {e.message}" for e in library.iter_errors(doc)]
                if flags == ["--brief"] and list(doc) != ["schema", "meta", "fields", "diagnostics"]:
                    v.errors.append(f"brief JSON has {list(doc)}")
                for e in v.errors[:20]:
                    print(f"FAIL {os.path.basename(path)} {' '.join(flags)}: {e}")
                failures += bool(v.errors)
    print(f"{documents} documents checked against docs/json-schema.json, {failures} failed")
    return 1 if failures or documents < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
