"""The Train tab's tuning: knobs that act on a paused run, the coach's words and fix button, the rate finder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton

from core import knobs
from core.events import RunFailed, RunFinished
from core.knobs import KnobChange, LearningRate
from tests.gui.test_main_window import child, click
from tests.helpers import MNIST_SMALL

SHORT = {**MNIST_SMALL, "train_subset": 640, "threads": 1}


def test_lesson_7_rate_diverges_and_the_coach_puts_a_lower_rate_into_the_next_run(make_window, qtbot, data_root):
    win = make_window(**{**SHORT, "optimizer": "sgd", "momentum": 0.9, "lr": 5.0})
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        click(qtbot, win, "startButton")
    assert isinstance(ended.args[0], RunFailed) and ended.args[0].kind == "nan"
    says = child(win, QLabel, "coachSays0")
    qtbot.waitUntil(lambda: says.isVisible() and "diverged" in says.text(), timeout=30_000)
    assert "Learning rate 0.05" in says.text()
    fix = child(win, QPushButton, "coachFix0")
    assert fix.text() == "Use for the next run"
    qtbot.mouseClick(fix, Qt.LeftButton)
    assert win.config_panel.config.lr == 0.05


def test_a_rate_changed_while_paused_acts_from_the_next_batch_is_marked_and_recorded(make_window, qtbot, data_root):
    win = make_window(**{**SHORT, "epochs": 2})
    paused = []
    win.session.paused.connect(paused.append)
    click(qtbot, win, "stepButton")  # train epoch 1, then pause
    qtbot.waitUntil(lambda: len(paused) == 1, timeout=60_000)
    spin = child(win, QDoubleSpinBox, "lrKnob")
    assert spin.isEnabled() and spin.value() == 2e-3
    spin.setValue(0.0005)
    child(win, QComboBox, "augmentKnob").setCurrentIndex(1)  # shift
    with qtbot.waitSignal(win.session.knobChanged, timeout=10_000):
        click(qtbot, win, "applyKnobs")
        click(qtbot, win, "pauseButton")  # resume
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        pass
    final = ended.args[0]
    assert isinstance(final, RunFinished), final
    batches = win.session.started_event.batches_per_epoch
    recorded = knobs.read(final.run_dir)
    assert recorded[0] == KnobChange(batches, LearningRate(0.0005)) and recorded[1].knob == knobs.Augment("shift")
    assert win.train.tuning.markers.positions == [1.0, 1.0]
    assert final.history[1].lr == 0.0005
    assert not spin.isEnabled()  # the knobs act on a run under way only


def test_the_finder_suggests_a_rate_and_use_puts_it_in_the_settings(make_window, qtbot, data_root):
    win = make_window(**SHORT)
    click(qtbot, win, "findRate")
    dialog = win.train.tuning.finder
    use = child(dialog, QPushButton, "useRate")
    qtbot.waitUntil(use.isEnabled, timeout=120_000)
    suggested = dialog.finding.suggested_lr
    assert 1e-4 <= suggested <= 0.1 and "steepest descent" in child(dialog, QLabel, "lrFinderStatus").text()
    assert len(dialog.curve.getData()[0]) == len(dialog.finding.lrs)
    qtbot.mouseClick(use, Qt.LeftButton)
    assert win.config_panel.config.lr == float(f"{suggested:.2g}")


def test_an_opened_run_shows_its_recorded_knob_changes_on_the_curves(make_window, qtbot, mnist, tmp_path):
    from core import batch_log
    from tests.helpers import short_run

    run_dir = short_run(mnist, tmp_path / "runs")
    knobs.append(run_dir, KnobChange(5, LearningRate(0.01)))
    win = make_window()
    win.state.open_run(run_dir)
    per_epoch = int(batch_log.read(run_dir).batch.max())
    qtbot.waitUntil(lambda: win.train.tuning.markers.positions == [5 / per_epoch], timeout=30_000)
