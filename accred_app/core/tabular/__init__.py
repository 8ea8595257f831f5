"""Spreadsheets as files: reading CSV and XLSX as agencies send them, writing CSV and XLSX exports.

Nothing here touches the database: :mod:`.encodings` turns bytes into text (including the legacy
TCVN3 and VNI encodings older offices still use), :mod:`.reading` turns a file into rows of cells,
:mod:`.writing` streams rows into a CSV or XLSX file. The services that import and export
reporters, passes and the access log live in :mod:`accred_app.core.exchange`.
"""
