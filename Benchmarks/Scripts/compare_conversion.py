#!/usr/bin/env python3
"""Side-by-side conversion speed: ChineseText vs OpenCC (Python + CLI) vs zhconv-rs.

Run from anywhere inside a checkout (the repository root is found from this file's location):

    pip install opencc==1.4.2 zhconv-rs        # the peers
    python3 Benchmarks/Scripts/compare_conversion.py [--runs 7] [--zh .build/release/zh]

What it does, in one run:

1. Builds a >= 10 MiB Simplified text by repeating ../shared/corpus/zh-hans-news.txt (beside the repository;
   --corpus to use another file) and a Traditional text of the same content (OpenCC's s2t), in a temporary
   folder that is removed at the end. Nothing is written into the repository.
2. In-process MB/s (the conversion call alone):
   - ours: the `ConversionThroughput` release executable of the Benchmarks package (built here with
     `swift build -c release --package-path Benchmarks --product ConversionThroughput`), which times the
     conversion in-process and prints `ours CFG bytes=… median_s=… MB/s=…`;
   - OpenCC: `opencc.OpenCC(cfg).convert(text)` (includes Python's str <-> UTF-8 copies);
   - zhconv-rs: `zhconv_rs.zhconv(text, 'zh-Hant' | 'zh-Hans')` (its own MediaWiki + OpenCC rule set: the
     same direction, not the same output).
3. Whole-process MB/s (process start + dictionary load + read + convert + write to /dev/null):
   - ours: `zh convert --config CFG FILE > /dev/null` (--zh, default .build/release/zh; the rows are
     skipped with a note when it does not exist);
   - OpenCC's native CLI shipped in the pip package (site-packages/opencc/clib/bin/opencc):
     `opencc -c <share>/CFG.json -i FILE -o /dev/null --include-tofu-risk-dictionaries` (our default
     includes those dictionaries too; s2t does not use them).
4. Whether our output equals OpenCC's (Python) on the whole file for s2t and t2s (informative; counts the
   differing lines and shows a few).

Every figure is the median of --runs timed runs after one warm-up. The runs are interleaved round-robin
(ours, OpenCC, zhconv-rs, ours CLI, OpenCC CLI, then again), so a change in the load of a shared machine
hits every tool alike; read the ratio column rather than the absolute figures. MB = 10^6 bytes of input.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH_PACKAGE = REPO_ROOT / "Benchmarks"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "zh-hans-news.txt"
MIB = 1024 * 1024
PEERS_HINT = "pip install opencc==1.4.2 zhconv-rs"
CONFIGS = ("s2t", "t2s")
ZHCONV_TARGET = {"s2t": "zh-Hant", "t2s": "zh-Hans"}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def import_peers():
    """Returns (opencc module or None, zhconv function or None, notes)."""
    notes = []
    try:
        import opencc  # type: ignore
    except ImportError:
        opencc = None
        notes.append(f"OpenCC (Python package 'opencc') is not installed: its rows and the equality check are "
                     f"skipped. Install the peers with: {PEERS_HINT}")
    try:
        from zhconv_rs import zhconv  # type: ignore
    except ImportError:
        zhconv = None
        notes.append(f"zhconv-rs (module 'zhconv_rs') is not installed: its rows are skipped. "
                     f"Install the peers with: {PEERS_HINT}")
    for note in notes:
        log("NOTE: " + note)
    return opencc, zhconv, notes


def opencc_cli_paths(opencc_module):
    """The native CLI and the config folder shipped inside the opencc wheel, or (None, None)."""
    if opencc_module is None:
        return None, None
    clib = Path(opencc_module.__file__).resolve().parent / "clib"
    binary, share = clib / "bin" / "opencc", clib / "share" / "opencc"
    if binary.is_file() and os.access(binary, os.X_OK) and share.is_dir():
        return binary, share
    return None, None


def build_throughput_tool(skip_build: bool) -> Path:
    swift = shutil.which("swift")
    if swift is None:
        sys.exit("error: `swift` is not on PATH; it is needed to build ConversionThroughput")
    base = [swift, "build", "-c", "release", "--package-path", str(BENCH_PACKAGE)]
    if not skip_build:
        log("Building ConversionThroughput (release) ...")
        subprocess.run(base + ["--product", "ConversionThroughput"], check=True, stdout=sys.stderr)
    bin_path = subprocess.run(base + ["--show-bin-path"], check=True, capture_output=True, text=True).stdout.strip()
    tool = Path(bin_path) / "ConversionThroughput"
    if not tool.is_file():
        sys.exit(f"error: {tool} does not exist (run without --skip-build)")
    return tool


def run_ours_in_process(tool: Path, config: str, path: Path, iterations: int, output: Path | None = None):
    """Runs ConversionThroughput; returns (median seconds of the conversion, input bytes)."""
    command = [str(tool), "--config", config, str(path), "--iterations", str(iterations)]
    if output is not None:
        command += ["--output", str(output)]
    line = subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    fields = dict(part.split("=", 1) for part in line.split()[2:])  # ours CFG bytes=B median_s=S MB/s=R
    return float(fields["median_s"]), int(fields["bytes"])


def timed_call(function, text):
    start = time.perf_counter()
    result = function(text)
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def timed_process(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - start


def failure_text(error) -> str:
    stderr = getattr(error, "stderr", None) or b""
    if isinstance(stderr, bytes):
        stderr = stderr.decode(errors="replace")
    last = stderr.strip().splitlines()[-1:] or [str(error)]
    return last[0]


class Measurement:
    """One table row: a tool on one config, timed by `probe()` (returns seconds for the whole input)."""

    def __init__(self, mode, tool, config, size, probe):
        self.mode, self.tool, self.config, self.size, self.probe = mode, tool, config, size, probe
        self.seconds = []
        self.note = ""

    @property
    def rate(self):
        return self.size / statistics.median(self.seconds) / 1e6 if self.seconds and not self.note else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per figure (>= 5; default 7)")
    parser.add_argument("--zh", default=".build/release/zh",
                        help="our CLI; relative paths are taken from the repository root (default .build/release/zh)")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="Simplified text to repeat (default %(default)s)")
    parser.add_argument("--min-mib", type=float, default=10.0, help="minimum size of the test text in MiB (default 10)")
    parser.add_argument("--skip-build", action="store_true", help="use the existing ConversionThroughput build")
    parser.add_argument("--examples", type=int, default=3, help="differing lines to show per config (default 3)")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs must be at least 5")

    opencc, zhconv, notes = import_peers()
    corpus = Path(args.corpus)
    if not corpus.is_file():
        sys.exit(f"error: corpus {corpus} not found (it lives in ../shared beside the repository; pass --corpus FILE)")
    tool = build_throughput_tool(args.skip_build)
    zh = Path(args.zh) if Path(args.zh).is_absolute() else REPO_ROOT / args.zh
    cli_binary, cli_share = opencc_cli_paths(opencc)
    if opencc is not None and cli_binary is None:
        notes.append("OpenCC's native CLI was not found in the opencc package (clib/bin/opencc): its rows are skipped.")

    with tempfile.TemporaryDirectory(prefix="compare-conversion-") as temp:
        temp = Path(temp)
        unit = corpus.read_text(encoding="utf-8")
        unit_bytes = len(unit.encode("utf-8"))
        copies = max(1, -(-int(args.min_mib * MIB) // unit_bytes))
        simplified = unit * copies
        files = {"s2t": temp / "simplified.txt", "t2s": temp / "traditional.txt"}
        files["s2t"].write_text(simplified, encoding="utf-8")
        if opencc is not None:
            traditional = opencc.OpenCC("s2t").convert(simplified)
            traditional_source = "made with OpenCC's s2t"
        else:
            run_ours_in_process(tool, "s2t", files["s2t"], 1, files["t2s"])
            traditional = files["t2s"].read_text(encoding="utf-8")
            traditional_source = "made with our s2t, OpenCC missing"
        files["t2s"].write_text(traditional, encoding="utf-8")
        texts = {"s2t": simplified, "t2s": traditional}
        sizes = {config: files[config].stat().st_size for config in CONFIGS}
        log(f"Input: {corpus} ({unit_bytes:,} bytes) x {copies} -> Simplified {sizes['s2t']:,} bytes; "
            f"Traditional {sizes['t2s']:,} bytes ({traditional_source})")

        measurements, equality = [], []
        for config in CONFIGS:
            path, text, size = files[config], texts[config], sizes[config]
            rows = [Measurement("in-process", "ours (ConversionThroughput)", config, size,
                                lambda c=config, p=path: run_ours_in_process(tool, c, p, 1)[0])]
            converter = None
            if opencc is not None:
                converter = opencc.OpenCC(config)
                rows.append(Measurement("in-process", f"OpenCC {opencc.__version__} (Python)", config, size,
                                        lambda f=converter.convert, t=text: timed_call(f, t)))
            if zhconv is not None:
                target = ZHCONV_TARGET[config]
                rows.append(Measurement("in-process", f"zhconv-rs ({target})", config, size,
                                        lambda g=target, t=text: timed_call(lambda s: zhconv(s, g), t)))
            ours_cli = Measurement("process", "ours (zh convert)", config, size,
                                   lambda c=config, p=path: timed_process([str(zh), "convert", "--config", c, str(p)]))
            if not (zh.is_file() and os.access(zh, os.X_OK)):
                ours_cli.note = f"skipped: {zh} does not exist yet (build it, or pass --zh PATH)"
            rows.append(ours_cli)
            if cli_binary is not None:
                command = [str(cli_binary), "-c", str(cli_share / f"{config}.json"), "-i", str(path),
                           "-o", os.devnull, "--include-tofu-risk-dictionaries"]
                rows.append(Measurement("process", "OpenCC CLI (native)", config, size,
                                        lambda cmd=command: timed_process(cmd)))

            log(f"[{config}] warm-up ...")
            for row in rows:
                if row.note:
                    continue
                try:
                    row.probe()
                except (subprocess.CalledProcessError, OSError) as error:
                    row.note = f"failed: {failure_text(error)}"
            for run in range(args.runs):
                log(f"[{config}] run {run + 1}/{args.runs} ...")
                for row in rows:
                    if not row.note:
                        row.seconds.append(row.probe())
            measurements += rows

            if converter is not None:
                log(f"[{config}] checking output equality with OpenCC ...")
                ours_output = temp / f"ours-{config}.txt"
                run_ours_in_process(tool, config, path, 1, ours_output)
                ours_text = ours_output.read_text(encoding="utf-8")
                equality.append((config, ours_text, converter.convert(text)))

        unit_lines = unit.count("\n") if unit.endswith("\n") else None
        report(measurements, equality, sizes, unit_bytes, unit_lines, copies, corpus, traditional_source, args, notes)
    return 0


def report(measurements, equality, sizes, unit_bytes, unit_lines, copies, corpus, traditional_source, args, notes):
    ours = {(m.mode, m.config): m.rate for m in measurements if m.tool.startswith("ours") and m.rate}
    print()
    print(f"Input: {corpus.name} ({unit_bytes:,} bytes) repeated {copies}x: s2t on {sizes['s2t']:,} bytes of "
          f"Simplified, t2s on {sizes['t2s']:,} bytes of Traditional ({traditional_source}).")
    print(f"MB/s = input bytes / median seconds / 10^6; median of {args.runs} interleaved runs after 1 warm-up. "
          f"ours/peer > 1 means ours is faster.")
    print()
    header = ("mode", "tool", "config", "MB/s (median)", "ours/peer")
    lines, row_notes = [], []
    for m in measurements:
        rate = m.rate
        if rate is None:
            row_notes.append(f"{m.tool}, {m.config}: {m.note}")
            lines.append((m.mode, m.tool, m.config, "failed" if m.note.startswith("failed") else "skipped", "-"))
            continue
        if m.tool.startswith("ours"):
            ratio = "-"
        else:
            reference = ours.get((m.mode, m.config))
            ratio = f"{reference / rate:.2f}x" if reference else "n/a"
        lines.append((m.mode, m.tool, m.config, f"{rate:,.1f}", ratio))
    widths = [max(len(str(row[i])) for row in [header] + lines) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join(("-" * (w + 1) + ":") if i >= 3 else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|")
    for line in lines:
        cells = [str(c).rjust(w) if i >= 3 else str(c).ljust(w) for i, (c, w) in enumerate(zip(line, widths))]
        print("| " + " | ".join(cells) + " |")
    for note in row_notes:
        print(f"  - {note}")
    print()
    print("Output equality with OpenCC (Python API, tofu-risk dictionaries included as in our default):")
    if not equality:
        print("  not checked: OpenCC is not installed")
    for config, ours_text, expected in equality:
        our_lines, their_lines = ours_text.split("\n"), expected.split("\n")
        differing = [i for i, (a, b) in enumerate(zip(our_lines, their_lines)) if a != b]
        if not differing and len(our_lines) == len(their_lines):
            print(f"  {config}: identical ({len(our_lines) - 1:,} lines, {len(ours_text.encode()):,} bytes)")
            continue
        count_note = ("" if len(our_lines) == len(their_lines)
                      else f"; line counts differ: ours {len(our_lines):,}, OpenCC {len(their_lines):,}")
        distinct = ""
        if unit_lines and len(our_lines) == len(their_lines):
            distinct = f" ({len({i % unit_lines for i in differing}):,} distinct corpus lines)"
        print(f"  {config}: DIFFERENT: {len(differing):,} of {len(our_lines) - 1:,} lines differ{distinct}{count_note}")
        shown = set()
        for index in differing:
            if len(shown) >= args.examples:
                break
            a, b = our_lines[index], their_lines[index]
            if a in shown:
                continue
            shown.add(a)
            start = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            low = max(0, start - 8)
            print(f"    line {index + 1}: ours …{a[low:start + 12]}… | OpenCC …{b[low:start + 12]}…")
    for note in notes:
        print("NOTE: " + note)


if __name__ == "__main__":
    sys.exit(main())
