"""Run every benchmark (`make bench`): each benchmarks/bench_*.py module's main(), and the NAMED ones."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

# Benchmarks named for what they measure rather than bench_*; run like the others.
NAMED = ("webhooks", "identity")


def main(argv: list[str]) -> int:
    """Run the benchmarks named in argv (e.g. `storage model`), or all of them."""
    here = Path(__file__).resolve().parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    names += NAMED
    wanted = [a if a in NAMED else f"bench_{a.removeprefix('bench_')}" for a in argv] or names
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(names)}")
        return 2
    failed = []
    for name in wanted:
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        try:
            importlib.import_module(f"benchmarks.{name}").main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed.append(name)
            print(f"{name} failed: {type(exc).__name__}: {exc}")
        print(f"({name} took {time.perf_counter() - start:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
