"""Test-wide settings: Qt offscreen, no user data folder touched, Vietnamese default locale."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCRED_LOCALE", "vi")
