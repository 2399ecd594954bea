"""English says "1 run", not "1 runs": the source language's `%n` forms come from cnn_playground_en.qm
(resources/i18n/en/, written by update.py with lupdate -pluralonly), installed whenever the window speaks English."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from core import presets
from gui.i18n import language

UPDATE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "update.py"


@pytest.fixture
def english(qapp):
    language().install("en")
    yield
    language().install("en")


def test_a_widget_says_one_epoch_and_two_epochs(qtbot, english):
    from gui.inside.timeline_bar import TimelineBar
    from gui.train.preset_chooser import PresetChooser

    assert TimelineBar.tr("(%n epochs kept)", "", 1) == "(1 epoch kept)"
    assert TimelineBar.tr("(%n epochs kept)", "", 2) == "(2 epochs kept)"
    chooser = PresetChooser()
    qtbot.addWidget(chooser)
    preset = next(p for p in presets.PRESETS if p.epochs != 1)
    assert f"You train 1 epoch; the tutorial trains {preset.epochs}." in chooser.describe(preset, 1)
    assert f"You train 3 epochs; the tutorial trains {preset.epochs}." in chooser.describe(preset, 3)


def test_the_trash_bar_counts_one_run_in_english_and_after_a_switch(qtbot, english, app_state, tmp_path):
    from gui.runs.trash_bar import TrashBar

    (tmp_path / "run-1").mkdir()
    bar = TrashBar(app_state.jobs("trash-test"), lambda: tmp_path)
    qtbot.addWidget(bar)
    bar.delete([tmp_path / "run-1"])
    qtbot.waitUntil(lambda: bool(bar.moved), timeout=10_000)
    assert bar.label.text().startswith("Moved 1 run to the trash folder")
    bar.undo()
    qtbot.waitUntil(lambda: bar.label.text().startswith("Put"), timeout=10_000)
    assert bar.label.text() == "Put 1 run back."
    language().install("zh_CN")
    assert "1" in bar.label.text() and "Put" not in bar.label.text()
    language().install("en")
    assert bar.label.text() == "Put 1 run back."


def test_unknown_languages_fall_back_to_english_plurals(english):
    assert language().install("de_DE") == "en"
    from gui.inside.timeline_bar import TimelineBar

    assert TimelineBar.tr("(%n epochs kept)", "", 1) == "(1 epoch kept)"


def test_the_check_catches_a_missing_english_form(tmp_path):
    spec = importlib.util.spec_from_file_location("i18n_update_plurals", UPDATE)
    update = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
    spec.loader.exec_module(update)
    shipped = update.ts_path("en", "gui.inside.timeline_bar")
    assert not update.untranslated(shipped)
    blanked = tmp_path / shipped.name
    shutil.copy(shipped, blanked)
    text = blanked.read_text(encoding="utf-8")
    blanked.write_text(text.replace("<numerusform>(%n epoch kept)</numerusform>", "<numerusform></numerusform>"))
    assert [m.source for m in update.untranslated(blanked)] == ["(%n epochs kept)"]
