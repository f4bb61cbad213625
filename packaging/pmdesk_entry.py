"""Entry point of the PyInstaller bundle: the same `pmdesk` command as the wheel's."""

import sys

from pmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
