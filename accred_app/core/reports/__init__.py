"""Reports built from the registry, the passes and the access log: the cooperation report's figures
and the checkpoint briefing sheet's list. Plain data out; the PDF and XLSX are drawn elsewhere."""
