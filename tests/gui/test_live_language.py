"""A live language switch: the window's menus, tab titles, classroom
actions and the Train and Draw & predict tabs set every word themselves (Qt's LanguageChange -> retranslate()),
including texts made from data (a message, a problem under a setting, the model's description)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QObject, QTimer

from gui.i18n import language
from tests.gui.widget_texts import texts_of
from tests.gui.test_zh_walk import CJK, english_words


def _spin(ms: int = 100) -> None:
    """Let the event loop run (deferred deletes of replaced message rows, repaints): no worker is waited on."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _ours(win, obj) -> bool:
    """Shown by the window itself or by the Train and Draw & predict tabs (test_retranslate_tabs has the others)."""
    others = (win.evaluate, win.inside, win.runs, win.tune, win.lessons)
    while obj is not None:
        if any(obj is other for other in others):
            return False
        obj = obj.parent() if isinstance(obj, QObject) else None
    return True


def _texts(win) -> list:
    return [t for t in texts_of(win) if t.ours and _ours(win, t.owner)]


@pytest.fixture
def english_first(qapp):
    language().install("en")
    yield
    language().install("en")


def test_the_window_follows_a_live_switch_by_its_own_retranslate(qtbot, english_first, make_window, tmp_path):
    win = make_window()
    qtbot.waitUntil(lambda: win.state.model is not None, timeout=20_000)
    win.config_panel.set_values({"dataset": "folder", "folder": str(tmp_path / "missing")})  # a problem shown
    assert win.config_panel.errors["folder"].text() == "This folder does not exist."
    assert not win.open_run(Path(tmp_path))  # a message made from core's error
    win.predict.collect_panel.collect_button.setChecked(True)  # a status line
    win.set_language("zh_CN")
    _spin()
    layers = {part for name, _ in win.state.model.model.named_modules() for part in name.split(".")}
    english = [
        f"{t.where}: {t.value!r}"
        for t in _texts(win)
        if english_words(t.value, layers) and str(tmp_path) not in t.value  # core's sentence naming the folder
    ]
    assert not english, "English left after switching to Chinese:\n" + "\n".join(english)
    assert win.tabs.tabText(0) == "训练" and win.menus["file"].title() != "&File"
    assert CJK.search(win.message_bar.text("open")) and CJK.search(win.config_panel.errors["folder"].text())
    assert CJK.search(win.train.buttons["start"].toolTip().split("\n")[-1])  # "Fix this first: …" from the data

    win.set_language("en")
    _spin()
    chinese = [f"{t.where}: {t.value!r}" for t in _texts(win) if CJK.search(t.value)]
    assert chinese == ["QAction#.text: '中文'"], "Chinese left after switching back:\n" + "\n".join(chinese)
    assert win.config_panel.errors["folder"].text() == "This folder does not exist."
    assert "Choose a folder made by a training run." in win.message_bar.text("open")
