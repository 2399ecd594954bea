"""GUI fixtures: a MainWindow with its settings in a temp INI file, closed (and its threads joined) after the test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

# A short MNIST run: 3000 training images in 47 batches, evaluated on the full test set.
MNIST_SMALL = dict(dataset="mnist", arch="lenet", epochs=1, batch_size=64, train_subset=3000, val_fraction=0.1,
                   optimizer="adam", lr=2e-3)


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
        if win.is_training:
            win.session.shutdown()
        win.close()
        assert win.session.thread is None or win.session.thread.isFinished()

