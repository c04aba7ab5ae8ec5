"""Imported once by the build's fork server, so that every report worker starts warm: the
heavy modules (papermill, nbconvert, WeasyPrint) and the hyphenation dictionaries of every
report language (loading one takes about a second; pyphen keeps them in a module-level
cache that the forked workers share)."""

from __future__ import annotations

import nbconvert  # noqa: F401
import nbformat  # noqa: F401
import papermill  # noqa: F401
import pyphen
import weasyprint  # noqa: F401

import analysis.reporting.render  # noqa: F401
from analysis.reporting.texts import LANGUAGES

for _lang in LANGUAGES:
    pyphen.Pyphen(lang=_lang)
