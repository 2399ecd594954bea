"""GUI fixtures: a MainWindow with its settings in a temp INI file, closed (and its tasks ended) after the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def make_window(qtbot, qsettings):
    """Factory: ``make_window(**config)`` opens a window with these settings in the panel."""
    from gui.main_window import MainWindow

    made = []

    def make(settings=None, **config):
        win = MainWindow(settings if settings is not None else qsettings)
        win.confirm_close = False
        qtbot.addWidget(win)
        win.show()
        if config:
            win.config_panel.set_values(config)
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
        assert win.wait_for_tasks(60), "a task did not end after the window closed"
        win.deleteLater()  # gone now, as the app's window goes at exit: a later test's language switch never
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # reaches a half torn-down plot


@pytest.fixture
def app_state(qtbot, data_root):
    """The app state alone (no window), reading data from the shared folder; its threads end after the test."""
    from gui.state import AppState

    state = AppState(str(data_root))
    yield state
    state.shutdown()
    assert state.wait(60), "a task did not end after shutdown"


@pytest.fixture(scope="session")
def run(mnist, tmp_path_factory):
    """The LeNet of tests.helpers.trained_run: (RunStarted, its first EpochEnd)."""
    from tests.helpers import trained_run

    return trained_run(mnist, tmp_path_factory.mktemp("runs"))


@pytest.fixture
def evaluate_view(qtbot, app_state, run, mnist):
    """Evaluate on its own, showing ``run``'s model on the MNIST test set."""
    from gui.evaluate.evaluate_view import EvaluateView
    from gui.state import TestImages, images_key
    from tests.gui.helpers import show_model

    started, epoch = run
    view = EvaluateView(app_state)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    app_state.set_test_images(TestImages(images_key(started.card), mnist.test_x, mnist.test_y))
    with qtbot.waitSignal(view.resultsShown, timeout=20_000):
        show_model(qtbot, app_state, epoch.card, epoch.weights, epoch_end=epoch)
    return view
