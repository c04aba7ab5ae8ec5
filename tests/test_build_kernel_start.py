"""A report whose kernel died before it ran a cell is started once more, not failed."""

from __future__ import annotations

import pytest

from analysis.build.worker import KERNEL_DIED_AT_START, execute_with_a_live_kernel


class Flaky:
    def __init__(self, errors: list[Exception]):
        self.errors, self.calls = errors, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return (args, kwargs)


def test_a_kernel_that_died_at_start_is_started_once_more():
    execute = Flaky([RuntimeError(KERNEL_DIED_AT_START)])
    assert execute_with_a_live_kernel(execute, "a.ipynb", kernel_name="python3") == (
        ("a.ipynb",),
        {"kernel_name": "python3"},
    )
    assert execute.calls == 2


def test_a_second_death_at_start_fails_the_report():
    execute = Flaky([RuntimeError(KERNEL_DIED_AT_START), RuntimeError(KERNEL_DIED_AT_START)])
    with pytest.raises(RuntimeError, match="kernel_info"):
        execute_with_a_live_kernel(execute)
    assert execute.calls == 2


@pytest.mark.parametrize("error", [RuntimeError("cell 3 raised"), ValueError(KERNEL_DIED_AT_START)])
def test_any_other_error_is_not_retried(error):
    execute = Flaky([error])
    with pytest.raises(type(error)):
        execute_with_a_live_kernel(execute)
    assert execute.calls == 1
