"""German word lists the extraction rules read, kept apart from the regex plumbing.

Each vocabulary is defined once here (or in `analysis.vocabulary` for the contract's closed
vocabularies) and imported by the rules; `municipalities.tsv` is the gazetteer (see
SOURCES.md beside it).
"""
