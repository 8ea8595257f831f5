"""Getting records in and out in bulk: agencies' reporter lists imported (preview, then commit),
reporters, passes and the access log exported to CSV or XLSX. File formats are :mod:`..tabular`'s."""
