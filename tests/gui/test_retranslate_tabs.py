"""Evaluate, Inside the network, Tune, Runs and the lesson dock follow a live language switch by Qt's
LanguageChange and their own retranslate():
no English left in Chinese, no Chinese left back in English, and every English text as it was before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from core.archs import ARCHS
from core.config import SETTINGS
from core import data
from gui.i18n import language
from tests.gui.widget_texts import texts_of
from tests.gui.test_zh_walk import CJK, english_words, fresh_language, settled  # noqa: F401 - the fixture
from tests.helpers import short_run


def tabs_of(win) -> list:
    return [win.evaluate, win.inside, win.tune, win.runs, win.lessons]


def shown_texts(win) -> list[tuple[str, str]]:
    """Our texts (not pyqtgraph's own menu) under the tabs, sorted: rows made again after a switch come last."""
    found = ((f"{type(root).__name__} {t.where}", t.value) for root in tabs_of(win) for t in texts_of(root) if t.ours)
    return sorted(found)


def english_left(win) -> list[str]:
    layers = {part for name, _ in win.state.model.model.named_modules() for part in name.split(".")}
    keys = set(ARCHS.names()) | set(data.DATASETS.names()) | set(SETTINGS)  # the Runs filter lists networks by key
    return [f"{where}: {value!r}" for where, value in shown_texts(win) if english_words(value, layers | keys)]


def chinese_left(win) -> list[str]:
    return [f"{where}: {value!r}" for where, value in shown_texts(win) if CJK.search(value)]


def show_everything(qtbot, win, runs: list[Path]) -> None:
    """Every page once, Evaluate's results with a cell chosen, two different runs compared, a lesson open, and a
    message on the Runs tab: texts that depend on what happened, not only the fixed ones."""
    qtbot.waitUntil(lambda: win.state.model is not None, timeout=60_000)
    win.tabs.setCurrentWidget(win.evaluate)
    qtbot.waitUntil(lambda: win.evaluate.cm is not None, timeout=180_000)
    win.evaluate.show_cell(4, 9)
    for tabs in [win.tabs, *win.tabs.findChildren(QTabWidget)]:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.waitUntil(lambda: not win.inside.jobs.busy("inside-input"), timeout=60_000)
    win.tabs.setCurrentWidget(win.runs)
    qtbot.waitUntil(lambda: len(win.runs.model.runs) == len(runs), timeout=60_000)
    win.runs.select_paths(runs[2:])
    win.runs.delete_selected()  # the trash bar says where the run went, with Undo
    qtbot.waitUntil(lambda: len(win.runs.model.runs) == 2 and win.runs.trash.isVisible(), timeout=60_000)
    win.runs.select_paths(runs[:2])
    compare = win.runs.compare
    qtbot.waitUntil(lambda: len(compare.runs) == 2 and compare.details is not None, timeout=60_000)
    assert len(compare.layers.tables) == 2  # two networks: their layer tables side by side
    win.lessons.open_lesson(win.lessons.bundled()[1])


@pytest.mark.usefixtures("fresh_language")
def test_the_tabs_follow_a_live_switch_by_their_own_retranslate(qtbot, make_window, mnist):
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    runs = [short_run(mnist, root), short_run(mnist, root, arch="mlp"), short_run(mnist, root)]
    language().install("en")
    try:
        win = make_window()
        show_everything(qtbot, win, runs)
        english = shown_texts(win)

        win.set_language("zh_CN")
        found = settled(qtbot, lambda: english_left(win))
        assert not found, "English after switching to Chinese:\n" + "\n".join(found)

        win.set_language("en")
        found = settled(qtbot, lambda: chinese_left(win))
        assert not found, "Chinese after switching back to English:\n" + "\n".join(found)
        changed = settled(qtbot, lambda: sorted(set(shown_texts(win)) ^ set(english)))
        assert not changed, "English texts not as before the switches:\n" + "\n".join(map(str, changed))
    finally:
        language().install("en")


@pytest.mark.usefixtures("fresh_language")
def test_a_message_given_as_words_is_said_again_in_the_new_language(qtbot):
    from PySide6.QtCore import QCoreApplication

    from gui.widgets.message_bar import MessageBar

    language().install("en")
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("open", lambda: QCoreApplication.translate("RunsTab", "A run is in progress."), "runs/b7")
    try:
        language().install("zh_CN")
        assert bar.text("open") == "正在训练中。 runs/b7"  # the words said again; a name stays as it is
        shown = lambda: [label.text() for label in bar.findChildren(QLabel) if "runs/b7" in label.text()]  # noqa: E731
        qtbot.waitUntil(lambda: shown() == ["<b>正在训练中。</b><br>runs/b7"], timeout=5_000)  # the old row goes
    finally:
        language().install("en")
    assert bar.text("open") == "A run is in progress. runs/b7"
