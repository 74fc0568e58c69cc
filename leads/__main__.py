"""Run the `leads` command line as `python -m leads`."""

import sys

from leads.cli import main

sys.exit(main())
