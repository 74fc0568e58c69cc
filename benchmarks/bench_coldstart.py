"""Time a cold `leads` command the way a person feels it: a fresh process, median of 10.

Beside each figure: a bare `import sqlalchemy, sqlmodel` in a fresh interpreter on the
same machine, because every command that reads the database pays at least that. Targets
(issue 13): `leads --help` under 0.25 s; commands that read a small database under that
bare import + 0.3 s. The command's own imports are listed so a regression names itself.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.seed import seed_leads

RUNS = 10
HEAVY = ("sklearn", "numpy", "scipy", "slack_bolt", "slack_sdk", "alembic", "jinja2", "model")
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("list",),
    ("list", "--limit", "50", "--format", "csv"),
    ("stats",),
    ("show", "7"),
    ("export",),
    ("status", "7", "quote"),
    ("digest",),
    ("deliver", "--list"),
)


def median_seconds(argv: list[str], env: dict[str, str]) -> float:
    """Return the median wall time of RUNS fresh runs of `argv` (output discarded)."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def heavy_imports(args: tuple[str, ...], env: dict[str, str]) -> list[str]:
    """Return which heavy top-level packages `leads ARGS` imports."""
    probe = (
        "import sys, json, runpy\n"
        f"sys.argv = ['leads', *{list(args)!r}]\n"
        "try:\n    runpy.run_module('leads', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    out = (
        subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
        .stderr.strip()
        .splitlines()
    )
    return json.loads(out[-1]) if out else []


def main() -> None:
    """Print the median cold start of each command beside the bare SQLAlchemy+SQLModel import."""
    leads = str(Path(sys.executable).with_name("leads"))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/coldstart.db"
        seed_leads(url, 500)
        env = {**os.environ, "LEADS_DATABASE_URL": url, "COLUMNS": "120"}
        env.pop("SLACK_BOT_TOKEN", None)
        bare = median_seconds([sys.executable, "-c", "import sqlalchemy, sqlmodel"], env)
        python = median_seconds([sys.executable, "-c", "pass"], env)
        print(f"python -c pass: {python:.3f} s; import sqlalchemy, sqlmodel: {bare:.3f} s")
        print(f"{'command':<38} {'median':>8} {'- bare':>8} {'target':>9}  heavy imports")
        for args in COMMANDS:
            took = median_seconds([leads, *args], env)
            if args == ("--help",):
                target, ok = "< 0.250", took < 0.25
            else:
                target, ok = f"< {bare + 0.3:.3f}", took < bare + 0.3
            heavy = ", ".join(heavy_imports(args, env)) or "none"
            mark = "" if ok else "  MISSED"
            print(
                f"leads {' '.join(args):<32} {took:>7.3f}s {took - bare:>+7.3f}s "
                f"{target:>9}  {heavy}{mark}"
            )


if __name__ == "__main__":
    main()
