"""The bundle's ``accred`` executable: the command line (PyInstaller needs a script to start)."""

import sys

from accred_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
