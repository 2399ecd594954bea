"""The Tune tab: a real sweep on the built-in shapes set from the window, real widgets, real run folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.sweep_params import Choices, Range
from core.sweep_spec import lr_finder

TINY = dict(dataset="shapes", arch="lenet", epochs=1, train_subset=300, batch_size=32, threads=1, device="cpu")


def test_a_sweep_from_the_window_fills_the_table_and_trains_the_best(make_window, qtbot):
    win = make_window(**TINY)
    view = win.tune
    rows = view.editors.rows
    rows["optimizer"].check.setChecked(True)
    rows["optimizer"].editor.set_spec("sgd,adam")
    rows["lr"].editor.set_spec("1e-3:1e-1:log")
    view.how.set_values(sampler="random", pruner="none", n_trials=3, timeout=None)
    assert view.editors.params() == (Range("lr", 1e-3, 1e-1, log=True), Choices("optimizer", ("sgd", "adam")))
    qtbot.mouseClick(view.buttons["start"], Qt.LeftButton)
    assert win.state.sweep.running and win.state.training and not win.train.buttons["start"].isEnabled()
    qtbot.waitUntil(lambda: not view.runner.running, timeout=120_000)
    assert not win.state.training
    assert view.table.rowCount() == 3
    assert [view.table.state_of(n) for n in range(3)] == [view.table.tr("finished")] * 3
    assert all(view.table.item(r, 3).text() for r in range(3))  # a best accuracy in every row
    assert view.parallel.lines == 3 and set(view.importance.importance) == {"lr", "optimizer"}
    run_dirs = {Path(view.table.item(r, 1).toolTip()) for r in range(3)}
    assert len(run_dirs) == 3 and all((d / "sweep.json").is_file() for d in run_dirs)
    qtbot.waitUntil(lambda: run_dirs <= {run.path for run in win.runs.model.runs}, timeout=10_000)  # Runs lists them
    assert view.buttons["best"].isEnabled()
    qtbot.mouseClick(view.buttons["best"], Qt.LeftButton)
    assert win.state.training and win.state.run_config.lr == view.best.params["lr"]
    assert win.state.run_config.optimizer == view.best.params["optimizer"]
    qtbot.waitUntil(lambda: not win.state.training, timeout=60_000)


def test_a_mistake_in_what_varies_is_said_under_it_and_blocks_start(make_window, qtbot):
    win = make_window(**TINY)
    view = win.tune
    view.editors.rows["lr"].editor.set_spec("0.1:0.001:log")
    assert "low end (0.1) must be below its high end (0.001)" in view.editors.rows["lr"].problem.text()
    assert not view.buttons["start"].isEnabled()
    view.editors.rows["lr"].editor.set_spec("0.001:0.1:log")
    assert view.editors.rows["lr"].problem.isHidden() and view.buttons["start"].isEnabled()


def test_find_a_learning_rate_is_one_click_and_pause_and_stop_hold_the_whole_sweep(make_window, qtbot):
    win = make_window(**TINY)
    view = win.tune
    qtbot.mouseClick(view.buttons["lr"], Qt.LeftButton)
    lesson = lr_finder(win.state.current_config())
    assert view.spec.params == lesson.params == (Range("lr", 1e-4, 1.0, log=True),)
    assert (view.spec.n_trials, view.spec.pruner, view.spec.base.epochs) == (8, "median", 2)
    assert view.editors.rows["lr"].check.isChecked() and not view.editors.rows["optimizer"].check.isChecked()
    qtbot.waitUntil(lambda: view.table.rowCount() >= 1, timeout=60_000)
    qtbot.mouseClick(view.buttons["pause"], Qt.LeftButton)
    assert view.runner.paused and view.buttons["pause"].text() == view.tr("Resume")
    qtbot.mouseClick(view.buttons["stop"], Qt.LeftButton)  # wakes the paused trial, which stops
    qtbot.waitUntil(lambda: not view.runner.running, timeout=60_000)
    assert not win.state.training and view.table.rowCount() < 8
    assert view.table.state_of(view.table.rowCount() - 1) == view.table.tr("stopped by you")
    assert view.buttons["start"].isEnabled() and win.train.buttons["start"].isEnabled()
