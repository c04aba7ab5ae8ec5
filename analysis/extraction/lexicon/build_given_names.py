"""Rebuild `given_names.txt` from the first-name dictionary of the PyPI package gender-guesser
(Jörg Michael's `nam_dict.txt`, GNU Free Documentation License 1.2 or later; see SOURCES.md).

Kept: every first name used in a German-speaking country (East Frisia, Germany, Austria,
Switzerland), and every name common elsewhere in Europe and beyond (frequency class 4 or
more in some country: "Samir", "Bart"), because people of all origins work for cities.
Names the dictionary marks as unisex-unknown ("?") are kept only when used in a
German-speaking country.

    .venv/bin/python analysis/extraction/lexicon/build_given_names.py
"""

from __future__ import annotations

from pathlib import Path

import gender_guesser

SOURCE = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
TARGET = Path(__file__).parent / "given_names.txt"
GERMAN_SPEAKING = (11, 12, 13, 14)  # east_frisia, germany, austria, swiss (columns after 30)
COMMON = 4  # frequency class (hexadecimal 1..D) from which a name counts as common


def given_names() -> list[str]:
    names: set[str] = set()
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#=":
            continue
        sex, name = line.split()[:2]
        values = line[30:-1]
        german = any(i < len(values) and values[i].strip() for i in GERMAN_SPEAKING)
        common = any(v.strip() and int(v, 16) >= COMMON for v in values if v.strip().isalnum())
        if german or (common and sex != "?"):
            for variant in {name.replace("+", "-"), name.replace("+", "")} if "+" in name else {name}:
                names.add(variant)
    return sorted(names)


if __name__ == "__main__":
    names = given_names()
    TARGET.write_text(
        "# First names from gender-guesser's nam_dict.txt (see build_given_names.py, SOURCES.md)\n"
        + "\n".join(names)
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {TARGET} ({len(names)} names)")
