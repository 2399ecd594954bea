"""The settings panel on its own: collapsible sections, show_only for lessons, presets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.train.config_panel import ConfigPanel


@pytest.fixture
def panel(qtbot, app_state):
    p = ConfigPanel(app_state)
    qtbot.addWidget(p)
    p.show()
    return p


def test_a_section_folds_away_and_back_keeping_its_values(panel, qtbot):
    training = panel.sections["training"]
    panel.widgets["epochs"].setValue(3)
    qtbot.mouseClick(training.header, Qt.LeftButton)
    assert not training.is_expanded() and not panel.widgets["epochs"].isVisible()
    training.set_expanded(True)
    assert panel.widgets["epochs"].isVisible() and panel.values()["epochs"] == 3


def test_show_only_keeps_the_named_settings_and_their_sections(panel):
    panel.set_values({"lr": 0.02, "optimizer": "sgd"})
    panel.show_only({"lr", "epochs"})
    visible = {name for name, w in panel.widgets.items() if w.isVisible()}
    assert visible == {"lr", "epochs"}
    assert panel.sections["training"].isVisible() and not panel.sections["data"].isVisible()
    assert not panel.sections["network"].isVisible() and not panel.summary.isVisible()
    assert panel.values()["optimizer"] == "sgd" and panel.config is not None  # hidden values stay
    panel.show_only(None)
    assert panel.widgets["arch"].isVisible() and panel.summary.isVisible() and panel.preset.isVisible()


def test_a_problem_of_a_hidden_setting_still_blocks_the_config(panel):
    panel.show_only({"epochs"})
    panel.set_values({"dataset": "folder", "folder": None})
    assert panel.config is None and "folder" in panel.problems and not panel.errors["folder"].isVisible()
    panel.show_only(None)
    assert panel.errors["folder"].isVisible()


TUTORIAL_RECIPES = [  # (network, dataset) of every recipe in the tutorials the app grew from (shared/seeds)
    ("lenet", "fashion-mnist"),
    ("lenet3x3", "fashion-mnist"),
    ("alexnet", "folder"),
    ("simplecnn", "mnist"),
    ("lenet5", "fashion-mnist"),
    ("inception", "mnist"),
    ("resnet", "mnist"),
]


@pytest.mark.parametrize("arch, dataset", TUTORIAL_RECIPES)
def test_every_tutorial_recipe_has_a_preset_with_the_tutorials_length(arch, dataset, tmp_path):
    from core.presets import PRESETS

    found = [p for p in PRESETS if p.settings.get("arch") == arch and p.settings.get("dataset") == dataset]
    assert len(found) == 1 and found[0].reported and found[0].epochs == 10
    cfg = found[0].apply(folder=str(tmp_path) if dataset == "folder" else None)
    assert (cfg.arch, cfg.dataset, cfg.epochs) == (arch, dataset, 10)


def test_changing_epochs_keeps_the_preset_and_what_its_tutorial_reports(panel, qtbot):
    combo = panel.preset
    combo.setCurrentIndex(combo.findData("lenet5-d2l"))
    combo.activated.emit(combo.currentIndex())  # as a click on the entry does
    assert panel.values()["epochs"] == 10 and panel.values()["lr"] == pytest.approx(0.9)
    panel.widgets["epochs"].setValue(2)
    assert combo.currentData() == "lenet5-d2l"
    note = panel.notes["preset"].text()
    assert "0.804" in note and "2 epochs" in note and panel.config.epochs == 2
    panel.widgets["lr"].setValue(0.1)  # leaving the recipe itself
    assert combo.currentData() is None and "0.804" not in panel.notes["preset"].text()
    panel.widgets["lr"].setValue(0.9)  # back on the recipe: it is recognised again
    assert combo.currentData() == "lenet5-d2l"
