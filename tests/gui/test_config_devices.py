"""The Computer section with CUDA cards faked: a card this PyTorch cannot run is not in the device list but
named in its tooltip, and mixed precision is offered for the chosen device only where it has it."""

from __future__ import annotations

from gui.train.config_panel import ConfigPanel
from tests.helpers import fake_cuda_cards


def test_only_usable_cards_are_listed_and_mixed_precision_follows_the_chosen_device(qtbot, app_state, monkeypatch):
    fake_cuda_cards(monkeypatch, [("Tesla V100-SXM2-16GB", (7, 0)), ("NVIDIA A100-SXM4-40GB", (8, 0))])
    panel = ConfigPanel(app_state)
    qtbot.addWidget(panel)
    combo = panel.widgets["device"]
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert ids == ["auto", "cuda:1", "cpu"]
    assert "Tesla V100-SXM2-16GB has compute capability 7.0" in combo.toolTip()
    mixed = panel.widgets["mixed_precision"]
    for device, offered in (("auto", True), ("cuda:1", True), ("cpu", False)):
        panel.set_values({"device": device})
        assert mixed.isEnabled() == offered, device
