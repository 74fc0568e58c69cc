"""Say whether this process may fork a helper that shares what it has loaded.

Two jobs fork helpers: processing (extraction ahead of the batches, jobs/steps/prefetch.py)
and importing (parsing ahead of the store, jobs/ingest/ahead.py). Both follow one rule.
"""

from __future__ import annotations

import sys
import threading


def fork_is_safe() -> bool:
    """Return True on Linux in a process running one thread.

    Forking a threaded process copies locks other threads may hold; on macOS system
    frameworks are unsafe in a forked child even then.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1
