#!/usr/bin/env python3
"""Converts the slice of the tldr pages in source/ into a Waymark site (real documents in
seven languages and four scripts, for tests/testsuite/real_corpus.rs).

    python3 tests/corpus/tldr/convert.py SOURCE OUT

SOURCE holds pages/common/*.md (English) and pages.<lang>/common/*.md (translations).
Each page becomes content/<name>.md, its translations content/<name>.<lang>.md, with
front matter made from the page's own lines (`title` from its `# name` line,
`description` from its first `> ` line) and the whole file, byte for byte, as the body.
A name Waymark cannot use as a file name (`.`, `%`) is given a safe one and keeps its
name as the title. Nothing else is changed: what the test finds is what real pages hold.
"""
import json
import os
import sys

LANGUAGES = [
    ("en", "English", "pages"),
    ("ar", "العربية", "pages.ar"),
    ("fa", "فارسی", "pages.fa"),
    ("uk", "Українська", "pages.uk"),
    ("fr", "Français", "pages.fr"),
    ("el", "Ελληνικά", "pages.el"),
    ("zh", "中文", "pages.zh"),
]

# What Waymark refuses in a slug (README, "Slugs"), and a leading or trailing dot.
REFUSED = set(':*?"<>|#%\\/')


def file_name(name):
    """`name` if Waymark takes it as a file name and slug, else a safe spelling of it."""
    if name.startswith(".") or name.endswith(".") or any(c in REFUSED for c in name):
        safe = "".join("-" if c in REFUSED or c == "." else c for c in name).strip("-")
        return safe or "cmd-" + name.encode().hex()
    return name


def front_matter(text, fallback_title):
    title, description = fallback_title, None
    for line in text.splitlines():
        if line.startswith("# ") and title == fallback_title:
            title = line[2:].strip()
        elif line.startswith("> ") and description is None:
            description = line[2:].strip()
            break
    fm = ["---", "title: " + json.dumps(title, ensure_ascii=False)]
    if description:
        fm.append("description: " + json.dumps(description, ensure_ascii=False))
    fm.append("---")
    return "\n".join(fm) + "\n"


def main(source, out):
    os.makedirs(os.path.join(out, "content"), exist_ok=True)
    languages = "\n".join(
        f"  - code: {code}\n    name: {name}" for code, name, _ in LANGUAGES
    )
    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(
            "title: tldr pages (Waymark's real-content test)\n"
            "base_url: https://example.org\n"
            "default_language: en\n"
            f"languages:\n{languages}\n"
            "publish: { host: cloudflare }\n"
        )
    with open(os.path.join(out, "content", "_index.md"), "w", encoding="utf-8") as f:
        f.write(
            "---\ntitle: tldr pages\n---\n\n"
            "Pages from the [tldr-pages project](https://github.com/tldr-pages/tldr), "
            "licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/).\n"
        )
    count = 0
    for code, _, folder in LANGUAGES:
        pages = os.path.join(source, folder, "common")
        if not os.path.isdir(pages):
            continue
        for entry in sorted(os.listdir(pages)):
            if not entry.endswith(".md"):
                continue
            name = entry[: -len(".md")]
            with open(os.path.join(pages, entry), "rb") as f:
                body = f.read()
            head = front_matter(body.decode("utf-8"), name).encode("utf-8")
            suffix = "" if code == "en" else "." + code
            target = os.path.join(out, "content", file_name(name) + suffix + ".md")
            with open(target, "wb") as f:
                f.write(head + body)
            count += 1
    print(count)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
