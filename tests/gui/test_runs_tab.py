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
    win.tabs.setCurrentWidget(tab)
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


SMALL = dict(arch="lenet", dataset="mnist", epochs=2, batch_size=64, train_subset=600, lr=0.01, threads=1)


def stopped_run(data_root, root: Path, **settings):
    """A real run of 2 planned epochs, stopped by the user during the second: 1 epoch saved."""
    from core.control import RunControl
    from core.events import EpochEnd

    control = RunControl()
    stop = lambda event: control.stop() if isinstance(event, EpochEnd) else None
    cfg = TrainConfig(**{**SMALL, **settings})
    final = Trainer(cfg, stop, control, data_root=data_root, runs_root=root).run()
    assert final.kind == "stopped" and len(final.history) == 1
    return cfg, final.run_dir


def select(qtbot, tab, *paths):
    qtbot.waitUntil(lambda: all(tab.model.row_of(p) >= 0 for p in paths), timeout=10_000)
    tab.select_paths(list(paths))
    assert sorted(tab.selected_paths()) == sorted(paths)


def test_resume_a_stopped_run_from_the_window_continues_epochs_and_learning_rate(make_window, qtbot, data_root):
    from PySide6.QtCore import Qt

    from core.events import RunFinished
    from core.optim import SCHEDULE_FACTORS

    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    cfg, folder = stopped_run(data_root, root, schedule="cosine", optimizer="sgd")
    win, tab = runs_tab(make_window, qtbot)
    row = tab.model.runs[tab.model.row_of(folder)]
    assert (row.status, row.epochs_done, row.epochs_planned) == ("stopped", 1, 2)
    select(qtbot, tab, folder)
    resume = tab.train_actions.resume_button
    assert resume.isEnabled()
    batches, epochs = [], []
    win.state.batches.connect(batches.extend)
    win.state.epochEnded.connect(epochs.append)
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as ended:
        qtbot.mouseClick(resume, Qt.LeftButton)
    assert isinstance(ended.args[0], RunFinished), ended.args[0]
    assert [e.metrics.epoch for e in epochs] == [2]  # epoch 2 after epoch 1, in the same folder
    assert [m.epoch for m in win.train.history] == [1, 2]  # the Train tab shows the saved epoch too
    assert list(win.train.plots.accuracy_points("test")[0]) == [1, 2]
    first = batches[0]
    per_epoch = first.batches
    factor = SCHEDULE_FACTORS["cosine"](cfg, per_epoch)
    assert first.epoch == 2 and first.batch == 1
    assert first.lr == pytest.approx(cfg.lr * factor(per_epoch + 1))  # the schedule's value at that step
    assert first.lr < 0.6 * cfg.lr  # not back at the start of the schedule
    qtbot.waitUntil(lambda: tab.model.runs[tab.model.row_of(folder)].status == "finished", timeout=10_000)
    assert tab.model.runs[tab.model.row_of(folder)].epochs_done == 2


def test_continue_a_finished_run_for_n_more_epochs(make_window, qtbot, data_root):
    from PySide6.QtCore import Qt

    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    final = Trainer(
        TrainConfig(**{**SMALL, "epochs": 1, "schedule": "step", "step_every": 1}), data_root=data_root, runs_root=root
    ).run()
    win, tab = runs_tab(make_window, qtbot)
    select(qtbot, tab, final.run_dir)
    assert not tab.train_actions.resume_button.isEnabled()  # nothing left of its plan
    tab.train_actions.epochs_spin.setValue(2)
    epochs = []
    win.state.epochEnded.connect(epochs.append)
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000):
        qtbot.mouseClick(tab.train_actions.continue_button, Qt.LeftButton)
    assert [e.metrics.epoch for e in epochs] == [2, 3]
    assert [e.metrics.lr for e in epochs] == pytest.approx([0.01 * 0.1**2, 0.01 * 0.1**3])  # step schedule goes on
    qtbot.waitUntil(lambda: tab.model.runs[tab.model.row_of(final.run_dir)].epochs_done == 3, timeout=10_000)
    assert tab.model.runs[tab.model.row_of(final.run_dir)].epochs_planned == 3


def test_an_opened_run_shows_its_tiles_learning_rate_and_start_weights(make_window, qtbot, data_root):
    import numpy as np

    from core import batch_log

    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    final = Trainer(
        TrainConfig(**{**SMALL, "schedule": "step", "step_every": 1}), data_root=data_root, runs_root=root
    ).run()
    win, tab = runs_tab(make_window, qtbot)
    qtbot.waitUntil(lambda: tab.model.row_of(final.run_dir) >= 0, timeout=10_000)
    opened = lambda: win.inside.current is not None and win.inside.current.source.path == final.run_dir
    with qtbot.waitSignal(win.inside.weightsShown, timeout=30_000, check_params_cb=lambda *_: opened()):
        index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(final.run_dir), 0))
        tab.table.doubleClicked.emit(index)  # as a double-click on the row
    progress, last = win.train.progress, final.history[-1]
    assert progress.value("epoch") == "2/2" and progress.value("test_acc") == f"{100 * last.test_acc:.2f} %"
    assert progress.value("lr") == f"{last.lr:.3g}" and progress.value("train_loss") != "–"
    plots = win.train.plots
    logged = len(batch_log.read(final.run_dir))
    assert logged == 20  # 2 epochs of 10 batches
    qtbot.waitUntil(lambda: len(plots.batch_buf) == logged, timeout=10_000)  # every batch, from batches.csv
    x, y = plots.lr_curve.getData()
    assert x[-1] == pytest.approx(2.0) and y.max() == pytest.approx(0.01) and y[-1] == pytest.approx(last.lr)
    assert len(plots.loss_points()[0]) == logged
    hist = win.inside.weights.histograms["features.conv1"]
    assert hist.initial is not None and not np.array_equal(hist.initial, hist.counts)  # start.pt, not a copy
    (final.run_dir / "batches.csv").unlink()  # a folder from before the per-batch log: the rate as saved per epoch
    win.runs.open_run(final.run_dir)
    x, y = plots.lr_curve.getData()
    assert list(x) == [0, 1, 2] and y == pytest.approx([0.01, 0.001, 0.0001])


def test_rename_note_delete_and_undo(make_window, qtbot, tiny_mnist):
    from PySide6.QtCore import Qt

    from core.run_summary import summarize

    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    a = train(tiny_mnist, root).run_dir
    b = train(tiny_mnist, root).run_dir
    win, tab = runs_tab(make_window, qtbot)
    select(qtbot, tab, a)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(a), tab.model.column_of["name"]))
    assert tab.proxy.setData(row, "sigmoid baseline")  # what the table's editor does on Enter
    note = row.siblingAtColumn(tab.model.column_of["note"])
    assert tab.proxy.setData(note, "too slow")
    assert (summarize(a).name, summarize(a).note) == ("sigmoid baseline", "too slow")  # written to label.json
    tab.filter_edit.setText("baseline")
    assert tab.proxy.rowCount() == 1
    tab.filter_edit.clear()
    select(qtbot, tab, a, b)
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
    assert not a.exists() and tab.trash.isVisible() and tab.trash.undo_button.isEnabled()
    qtbot.mouseClick(tab.trash.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert a.is_dir() and b.is_dir() and summarize(a).name == "sigmoid baseline"


def test_the_row_of_a_training_run_updates_live(make_window, qtbot, data_root):
    from tests.helpers import MNIST_SMALL

    win = make_window(**{**MNIST_SMALL, "epochs": 2, "train_subset": 600})
    tab = win.runs
    win.train.start(step_first=True)  # pauses after epoch 1: the row is read while the run is under way
    qtbot.waitUntil(lambda: win.state.is_paused, timeout=60_000)
    folder = win.state.run_dir
    row = lambda: tab.model.runs[tab.model.row_of(folder)] if tab.model.row_of(folder) >= 0 else None
    qtbot.waitUntil(lambda: row() is not None and row().epochs_done == 1, timeout=10_000)
    assert (row().status, row().epochs_planned) == ("running", 2)
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000):
        win.train.toggle_pause()
    qtbot.waitUntil(lambda: row().status == "finished", timeout=10_000)
    assert row().epochs_done == 2 and row().seconds > 0


def test_finetune_starts_a_new_run_from_the_selected_runs_weights(make_window, qtbot, data_root):
    import json

    import torch

    from core import checkpoint
    from core.events import RunFinished

    if not (data_root / "FashionMNIST" / "raw").is_dir():
        pytest.skip("real Fashion-MNIST not found")
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    source = Trainer(TrainConfig(**{**SMALL, "epochs": 1}), data_root=data_root, runs_root=root).run()
    win, tab = runs_tab(make_window, qtbot)
    select(qtbot, tab, source.run_dir)
    names = [spec.name for spec in tab.train_actions.targets(tab.selected_runs()[0])]
    assert "fashion-mnist" in names and "my-digits" in names and "cifar10" not in names
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as ended:
        assert tab.train_actions.finetune("fashion-mnist", epochs=1)
    tuned = ended.args[0]
    assert isinstance(tuned, RunFinished) and tuned.run_dir != source.run_dir
    stored = json.loads((tuned.run_dir / "config.json").read_text())
    assert stored["config"]["dataset"] == "fashion-mnist" and stored["init_weights"] == str(source.run_dir / "best.pt")
    start, best = (checkpoint.load(p)["model"] for p in (tuned.run_dir / "start.pt", source.run_dir / "best.pt"))
    assert all(torch.equal(start[k], best[k]) for k in best)  # it started from the MNIST run's weights
    assert len(json.loads((source.run_dir / "metrics.json").read_text())) == 1  # the source run is untouched


def test_two_runs_trained_in_the_window_are_compared_in_the_runs_tab(make_window, qtbot, data_root):
    """The issue's check: LeNet-5 with sigmoid and with LeakyReLU, 1 epoch each on real Fashion-MNIST (a part
    of it), selected together: two curves in each plot and the activation in the table of differences."""
    from core.events import RunFinished

    if not (data_root / "FashionMNIST" / "raw").is_dir():
        pytest.skip("real Fashion-MNIST not found")
    settings = dict(arch="lenet5", dataset="fashion-mnist", epochs=1, batch_size=64, train_subset=600, lr=2e-3)
    win = make_window(**settings)
    folders = []
    for activation in ("sigmoid", "leakyrelu"):
        win.config_panel.set_values({**settings, "activation": activation})
        with qtbot.waitSignal(win.state.runFinished, timeout=180_000) as ended:
            assert win.train.start()
        assert isinstance(ended.args[0], RunFinished), ended.args[0]
        folders.append(ended.args[0].run_dir)
    tab = win.runs
    win.tabs.setCurrentWidget(tab)
    select(qtbot, tab, *folders)
    view = tab.compare
    qtbot.waitUntil(lambda: len(view.runs) == 2 and view.details is not None, timeout=30_000)
    for plot in (view.plots.loss_plot, view.plots.acc_plot):
        assert len(view.plots.visible_runs(plot)) == 2  # one curve per run in each plot
    assert sorted(view.diff.rows["activation"]) == ["LeakyReLU", "sigmoid"]
    assert view.diff.table.isVisible()
