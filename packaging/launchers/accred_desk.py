"""The bundle's ``accred-desk`` executable: the desk window (PyInstaller needs a script to start)."""

import sys

from accred_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
