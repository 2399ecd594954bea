"""The Runs tab with real run folders (short real MNIST runs), real widgets and real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import data
from core.config import TrainConfig
from core.trainer import Trainer


@pytest.fixture(scope="module")
def tiny_mnist(mnist) -> data.LoadedData:
    """600 training and 300 test images of real MNIST: an epoch of LeNet in well under a second."""
    return data.LoadedData(mnist.spec, mnist.train_x[:600], mnist.train_y[:600], mnist.test_x[:300], mnist.test_y[:300])


def train(loaded, root: Path, **settings):
    cfg = TrainConfig(**{"arch": "lenet", "dataset": "mnist", "epochs": 1, "lr": 2e-3, "threads": 1, **settings})
    return Trainer(cfg, loaded=loaded, runs_root=root).run()


def runs_tab(make_window, qtbot):
    win = make_window()
    tab = win.runs
    qtbot.waitUntil(lambda: not tab.jobs.busy("list"), timeout=10_000)
    return win, tab


def test_the_tab_lists_run_folders_and_filters_them(make_window, qtbot, tiny_mnist):
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    a = train(tiny_mnist, root).run_dir
    b = train(tiny_mnist, root, arch="mlp").run_dir
    win, tab = runs_tab(make_window, qtbot)
    assert win.tabs.indexOf(tab) == win.tabs.count() - 1
    assert {run.path for run in tab.model.runs} == {a, b}
    assert tab.proxy.rowCount() == 2
    tab.arch_combo.setCurrentIndex(tab.arch_combo.findData("mlp"))
    assert tab.proxy.rowCount() == 1 and tab.selected_paths() == []
    tab.arch_combo.setCurrentIndex(0)
    tab.filter_edit.setText("lenet")
    assert tab.proxy.rowCount() == 1
