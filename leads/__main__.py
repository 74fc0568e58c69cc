"""Run the `leads` command line as `python -m leads`."""

import sys

from leads.cli import main

# Guarded: the extraction helper process is started with "spawn", which imports this
# module again (as __mp_main__) and must not run the command a second time.
if __name__ == "__main__":
    sys.exit(main())
