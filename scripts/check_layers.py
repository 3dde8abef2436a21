#!/usr/bin/env python3
"""Fails when an #include crosses the library layers of docs/STYLE.md section 2.

Each top folder of src/ is a layer. A file may include headers of its own layer and of the layers
its row allows (transitively). Third-party headers may appear only in the layers that wrap them.
Test files (*_test.cpp, test-only headers named *_test_*.hpp, store/contract/) may include anything. Prints every violation, exits 1 if any.
"""
import pathlib
import re
import sys

ALLOWED = {
    "core": set(),
    "security": {"core"},
    "policy": {"core"},
    "screening": {"core"},
    "media": {"core"},
    "domain": {"security", "policy", "screening", "media"},
    "store": {"domain"},
    "formats": {"domain"},
    "notify": {"domain"},
    "api": {"domain", "formats"},
    "cli": {"core", "security", "policy", "screening", "media", "domain", "store", "formats",
            "notify", "api"},
}

# Third-party header prefix -> the layers allowed to include it.
WRAPS = {
    "boost/beast": {"api"}, "boost/asio": {"api"}, "boost/url": {"api"},
    "boost/json": {"formats", "api", "cli"},
    "sqlite3.h": {"store"}, "libpq-fe.h": {"store"},
    "hs/": {"screening"}, "hs.h": {"screening"}, "utf8proc.h": {"core", "screening"},
    "sodium": {"security"}, "toml++": {"policy", "cli"},
    "CLI/": {"cli"}, "curl/": {"notify"},
    "opencv2/": {"media"}, "dlib/": {"media"}, "tesseract/": {"media"},
}


def closure(layer):
    seen, todo = {layer}, [layer]
    while todo:
        for dep in ALLOWED[todo.pop()]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def main():
    root = pathlib.Path(__file__).resolve().parent.parent / "src"
    include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".hpp", ".cpp", ".h"}:
            continue
        rel = path.relative_to(root)
        layer = rel.parts[0]
        if layer not in ALLOWED or (path.name.endswith("_test.cpp") or "_test_" in path.name) or "contract" in rel.parts:
            continue
        reachable = closure(layer)
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            match = include.match(line)
            if not match:
                continue
            target = match.group(2)
            top = target.split("/")[0]
            if match.group(1) == '"' and top in ALLOWED and top not in reachable:
                problems.append(f"src/{rel}:{number}: {layer} may not include {target} ({top})")
            for prefix, owners in WRAPS.items():
                if target.startswith(prefix) and layer not in owners:
                    problems.append(f"src/{rel}:{number}: only {sorted(owners)} may include <{target}>")
    for problem in problems:
        print(problem)
    print(f"check_layers: {len(problems)} violation(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
