"""Does the text reader still give exactly the same output? For speed work and refactors that must
change nothing: reads every text of every corpus kind, probe folder and seed with a reference
source tree and with this one, and compares the full JSON (values, uncertain fields, evidence,
warnings, errors) byte for byte::

    git archive main src | tar -x -C /tmp/ref
    python benchmarks/same_output.py /tmp/ref/src

Prints the number of texts compared and the names (never the content) of those whose output
differs; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "benchmarks" / "corpus", ROOT / "benchmarks" / "corpus-variants", ROOT.parent / "shared" / "samples")


def texts() -> list[Path]:
    """Every .txt/.md text of the corpus kinds, the probe folders and the seeds (not truth files)."""
    return sorted(p for folder in FOLDERS if folder.exists() for p in folder.rglob("*")
                  if p.suffix in (".txt", ".md") and p.is_file() and "truth" not in p.name)


def dump(files: list[Path], out: Path) -> None:
    """One line per text: its path, a tab, and the output's JSON (or the error) as a Python literal."""
    from section16.readers.text import read_text

    with out.open("w") as f:
        for p in files:
            try:
                res = read_text(p.read_text(errors="replace"), source_name=p.stem).to_json()
            except Exception as exc:  # noqa: BLE001 - an error is an output too
                res = f"ERROR {type(exc).__name__}: {exc}"
            f.write(f"{p}\t{res!r}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref_src", type=Path, help="the reference tree's src folder (holding section16/)")
    # (run inside a child process: read the listed texts, write their outputs)
    ap.add_argument("--dump", nargs=2, type=Path, metavar=("LIST", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.dump:
        dump([Path(x) for x in args.dump[0].read_text().splitlines()], args.dump[1])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        listed = Path(tmp) / "texts.txt"
        listed.write_text("".join(f"{p}\n" for p in texts()))  # the same texts for both, listed once
        outs = []
        for src in (args.ref_src.resolve(), ROOT / "src"):
            out = Path(tmp) / f"{len(outs)}.jsonl"
            env = dict(os.environ, PYTHONPATH=str(src))
            subprocess.run([sys.executable, __file__, str(args.ref_src), "--dump", str(listed), str(out)],
                           env=env, check=True)
            outs.append(out.read_text().splitlines())
    ref, new = outs
    differ = [a.split("\t", 1)[0] for a, b in zip(ref, new, strict=True) if a != b]
    print(f"{len(ref)} texts compared, {len(differ)} outputs differ")
    for name in differ:
        print("  differs:", name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
