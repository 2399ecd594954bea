"""The window says every message of core with a tr() template of its type (gui/messages): each type has one,
and in English it says exactly what the CLI says."""

from __future__ import annotations

import pytest

from core import messages as m
from gui.messages import TEMPLATES, say

# the window words this one differently: the CLI's "the optimizer is one of ..." is made from the help text
WORDED_DIFFERENTLY = {m.UnknownValue}


def test_every_message_type_of_core_has_a_template_in_the_gui():
    missing = sorted(c.__name__ for c in m.MESSAGES if c not in TEMPLATES)
    assert not missing, "add a template to gui/messages/<area>.py for: " + ", ".join(missing)
    assert set(TEMPLATES) == set(m.MESSAGES)


@pytest.mark.parametrize("cls", list(m.MESSAGES), ids=m.MESSAGES.names())
def test_in_english_the_window_says_what_the_cli_says(qapp, cls):
    msg = cls(**cls.sample)
    if cls in WORDED_DIFFERENTLY:
        assert say(msg) and "{" not in say(msg)
    else:
        assert say(msg) == str(msg)


def test_an_exception_is_said_by_its_message(qapp):
    from core.checkpoint import CheckpointError

    assert say(CheckpointError(m.BareWeights("x.pt"))) == str(m.BareWeights("x.pt"))
    assert say(ValueError("from a library")) == "from a library"
