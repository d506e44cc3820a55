"""The domain: articles, segments, languages, statuses, segmentation and alignment. No Qt here."""
