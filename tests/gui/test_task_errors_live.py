"""A task's failure reaches its widget as core's typed message, not as a sentence made when it arrived: the widget
says it in retranslate(), so a live language switch says it again in the other language."""

from __future__ import annotations

import pytest

from core.config import TrainConfig
from core.messages import CodeOnlyForTorchvisionData
from gui.i18n import language
from gui.widgets.code_view import CodeView, script_of_settings
from tests.gui.test_zh_walk import CJK, english_words, outside_words


@pytest.fixture
def english(qapp):
    language().install("en")
    yield
    language().install("en")


def test_a_failed_task_is_said_again_after_a_live_switch(qtbot, english, app_state):
    view = CodeView(app_state, script_of_settings(TrainConfig(dataset="my-digits")))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.failure is not None, timeout=20_000)
    assert isinstance(view.failure, CodeOnlyForTorchvisionData)  # the message itself, not its English
    english_text = view.text.toPlainText()
    assert english_text == str(view.failure)

    language().install("zh_CN")
    chinese = view.text.toPlainText()
    theirs = set(english_words(" ".join(outside_words(view.failure, set()))))  # the dataset names, as code
    assert CJK.search(chinese) and not [w for w in english_words(chinese) if w not in theirs], chinese

    language().install("en")
    assert view.text.toPlainText() == english_text
