"""After Resume or Continue: the curves show the saved epochs too, and no stale words stay (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.events import EpochEnd, RunFailed, RunFinished

SETTINGS = dict(dataset="mnist", arch="mlp", epochs=2, train_subset=640, batch_size=64, threads=1, device="cpu")


def test_a_run_resumed_from_the_runs_tab_shows_all_its_epochs_and_drops_the_stale_messages(make_window, qtbot):
    win = make_window(**SETTINGS)
    train, runs = win.train, win.runs
    stop_after_first = lambda event: win.state.stop_training() if isinstance(event, EpochEnd) else None  # noqa: E731
    win.state.epochEnded.connect(stop_after_first)
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as stopped:
        qtbot.mouseClick(train.buttons["start"], Qt.LeftButton)
    win.state.epochEnded.disconnect(stop_after_first)
    assert isinstance(stopped.args[0], RunFailed) and train.message_bar.is_shown("run")  # "Stopped by you…"
    run_dir = stopped.args[0].run_dir

    win.tabs.setCurrentWidget(runs)
    qtbot.waitUntil(lambda: runs.model.row_of(run_dir) >= 0 and runs.model.runs[0].status == "stopped", timeout=10_000)
    runs.select_paths([run_dir])
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as resumed:
        qtbot.mouseClick(runs.train_actions.resume_button, Qt.LeftButton)
        assert runs.message_bar.is_shown("train")  # "Resuming …" while it trains
    assert isinstance(resumed.args[0], RunFinished)
    assert not runs.message_bar.is_shown("train")  # not after: it pushed the table down
    assert not train.message_bar.is_shown("run")  # "you can resume it" is wrong once it was resumed

    x, _ = train.plots.accuracy_points("test")
    assert list(x) == [1, 2]
    qtbot.waitUntil(lambda: train.plots.loss_points()[0].min() < 1, timeout=10_000)  # epoch 1's saved batches
    x, _ = train.plots.loss_points()
    assert x.min() == pytest.approx(0.1) and x.max() == pytest.approx(2.0) and len(x) == 20  # 10 batches an epoch
    assert (x[1:] > x[:-1]).all()  # in order: the saved batches, then the new ones
