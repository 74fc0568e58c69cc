"""Measure a process's own peak memory, honestly.

On Linux a child's `ru_maxrss` starts from its parent's peak (the kernel carries the
high-water mark across fork and exec), so a benchmark child started from a runner that
has grown large would report the runner's size. `VmHWM` in /proc/self/status is the
high-water mark of the process's own address space, which is what we want.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path


def peak_mb() -> float:
    """Return this process's own peak resident memory in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    # Elsewhere ru_maxrss is the best there is (it may include the parent's peak).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_measured(args: list[str]) -> float:
    """Run `python -m benchmarks.memory ARGS` style: run ARGS in a child; return its peak MB."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "peak"
        subprocess.run(
            [sys.executable, "-m", "benchmarks.memory", str(report), *args],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        return float(report.read_text())


def _main() -> None:
    # python -m benchmarks.memory REPORT -m MODULE ARGS...: run MODULE, write its peak.
    import atexit
    import runpy

    report, flag, module, *rest = sys.argv[1:]
    if flag != "-m":
        raise SystemExit("usage: python -m benchmarks.memory REPORT -m MODULE [ARGS...]")
    atexit.register(lambda: Path(report).write_text(f"{peak_mb():.1f}"))
    sys.argv = [module, *rest]
    os.environ.setdefault("COLUMNS", "120")
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    _main()
