"""Personal data protection (Law 91/2025/QH15, Decree 356/2025): everything held about one reporter
for a data-subject request (:mod:`.subject_export`), and retention with anonymisation
(:mod:`.retention`). The purpose and consent fields live on the reporter (registry)."""
