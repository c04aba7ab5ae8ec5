"""German function words shared by the reading and extraction rules (word lists only)."""

from __future__ import annotations

# The articles in every case: before a capitalised word they make it a noun ("die Lage"),
# and a capitalised article opens no name ("Die Stadt" is not a person).
DEFINITE_ARTICLES = ("der", "die", "das", "den", "dem", "des")
INDEFINITE_ARTICLES = ("ein", "eine", "einen", "einem", "einer", "eines")
ARTICLES = DEFINITE_ARTICLES + INDEFINITE_ARTICLES
CAPITALISED_ARTICLES = tuple(a.capitalize() for a in ARTICLES)
