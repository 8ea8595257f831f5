"""Compiled Designer forms (tools/build_gui.py) — do not edit."""
