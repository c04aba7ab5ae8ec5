"""The profiles writer gives json.dumps(..., ensure_ascii=False, indent=1) byte for byte."""

from __future__ import annotations

import json
from collections import OrderedDict

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dataset.profiles import dumps


def _plain(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def test_the_seed_profiles_are_written_as_json_writes_them(profiles: dict) -> None:
    assert dumps(profiles) == _plain(profiles)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),  # any character: quotes, backslashes, control characters, umlauts, emoji
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        | st.tuples(inner, inner)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_any_json_value_is_written_as_json_writes_it(value: object) -> None:
    assert dumps({"documents": value}) == _plain({"documents": value})


def test_edge_values_are_written_as_json_writes_them() -> None:
    edges = {
        "numbers": [float("nan"), float("inf"), float("-inf"), -0.0, 1e300, 0.1, -(2**70), True, False],
        "texts": ["", '"', "\\", "\n\t\x00\x1f\x7f", "Straße – „Zitat“ \u2028 😀"],
        "empty": [{}, [], [[]], {"": {}}],
        "nothing": None,
    }
    assert dumps(edges) == _plain(edges)


def test_values_of_other_types_are_left_to_the_json_module() -> None:
    class Text(str):
        pass

    unusual = {"a": OrderedDict(b=1), 2: "number key", "c": Text("x"), "d": [1.5, True, None]}
    assert dumps(unusual) == _plain(unusual)
