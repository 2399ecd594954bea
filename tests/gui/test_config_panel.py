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
