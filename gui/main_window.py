"""The main window: configuration on the left, tabs on the right (the first, "Train", is the live view).

Other views join with ``add_tab`` and follow runs through ``runStarted``, ``epochEnded``, ``runEnded`` and
the ``current_run`` snapshot. Training runs in a TrainingSession (its own QThread); this window only reacts
to the session's signals and never touches the model.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QMainWindow, QMessageBox, QPushButton, QScrollArea,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from core import runs
from core.events import EpochEnd, EpochMetrics, RunFailed, RunFinished, RunStarted
from core.paths import runs_dir
from gui.background import Background
from gui.config_panel import ConfigPanel
from gui.live_plots import LivePlots
from gui.message_bar import MessageBar
from gui.progress_panel import ProgressPanel
from gui.run_log import RunLog, write_metrics_csv
from gui.sample_grid import SampleGrid
from gui.settings import AppSettings
from gui.training_worker import CurrentRun, TrainingSession  # noqa: F401  (CurrentRun: for the other tabs)

SPLITTERS = {"main": [480, 920], "train": [610, 310], "side": [470, 230]}  # defaults for a 1400x900 window
RUN_KEYS = ("start", "pause", "step", "stop")


def _split(orientation, name: str, *widgets: QWidget) -> QSplitter:
    splitter = QSplitter(orientation, objectName=f"{name}Splitter", childrenCollapsible=False)
    for w in widgets:
        splitter.addWidget(w)
    return splitter


def _column(name: str, *items: tuple[QWidget, int], margins=(0, 0, 0, 0)) -> QWidget:
    """A widget stacking (widget, stretch) items vertically."""
    box = QWidget(objectName=name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(*margins)
    for widget, stretch in items:
        layout.addWidget(widget, stretch)
    return box


class MainWindow(QMainWindow):
    runStarted = Signal(object)   # core.events.RunStarted
    epochEnded = Signal(object)   # core.events.EpochEnd
    runEnded = Signal(object)     # core.events.RunFinished | RunFailed
    runOpened = Signal(object)    # core.runs.RunInfo, from File > Open run folder
    closing = Signal()            # the window is closing: tabs end their background jobs

    def __init__(self, settings: QSettings | AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings if isinstance(settings, AppSettings) else AppSettings(settings)
        self.confirm_close = os.environ.get("CNN_PLAYGROUND_NO_CONFIRM") != "1"  # tests set it False
        self.session = TrainingSession(self)
        self.history: list[EpochMetrics] = []
        self.setWindowTitle(self.tr("CNN Playground"))
        self.summary_jobs, self.sample_jobs = Background("summaries", self), Background("samples", self)
        self.config_panel = ConfigPanel(self.summary_jobs)
        scroll = QScrollArea(objectName="configScroll", widgetResizable=True, widget=self.config_panel,
                             horizontalScrollBarPolicy=Qt.ScrollBarAlwaysOff)
        self.actions: dict[str, QAction] = {}
        self.buttons = {key: self._run_action(key, *spec) for key, spec in self._run_actions().items()}
        row = QWidget(objectName="runButtons")
        QHBoxLayout(row).setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            row.layout().addWidget(button)
        self.message_bar, self.progress, self.plots = MessageBar(), ProgressPanel(), LivePlots()
        self.samples, self.run_log = SampleGrid(self.sample_jobs), RunLog()
        self.train_split = _split(Qt.Horizontal, "train", self.plots,
                                  _split(Qt.Vertical, "side", self.samples, self.run_log))
        self.tabs = QTabWidget(objectName="tabs", documentMode=True)
        self.tabs.addTab(_column("trainTab", (self.progress, 0), (self.train_split, 1), margins=(4, 6, 4, 4)),
                         self.tr("Train"))
        self.main_split = _split(Qt.Horizontal, "main", _column("leftPane", (scroll, 1), (row, 0)),
                                 _column("rightPane", (self.message_bar, 0), (self.tabs, 1)))
        self.main_split.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_split)
        self._build_menus()
        for name in ("started", "batches", "epochEnded", "finished"):
            getattr(self.session, name).connect(getattr(self, f"_on_{name}"))
        self.session.progress.connect(self.progress.on_progress)
        self.session.paused.connect(self.progress.on_paused)
        self.session.stateChanged.connect(self._update_buttons)
        self.config_panel.changed.connect(self._update_buttons)
        self.config_panel.dataKeyChanged.connect(self._load_samples)
        self.plots.log_check.toggled.connect(self.actions["log"].setChecked)
        self.resize(1400, 900)
        self.settings.restore_window(self, SPLITTERS)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------------------------
    def _run_actions(self) -> dict:
        """key -> (text, shortcuts, slot, tooltip): the training controls, as buttons and menu entries."""
        return {
            "start": (self.tr("Start"), ["Ctrl+Return", "Ctrl+Enter"], self.start,
                      self.tr("Train a new network with these settings (Ctrl+Enter).")),
            "pause": (self.tr("Pause"), ["Space"], self.toggle_pause,
                      self.tr("Pause after the current batch, or resume (Space). Nothing is lost.")),
            "step": (self.tr("Step epoch"), ["Ctrl+E"], self.step_epoch,
                     self.tr("Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step.")),
            "stop": (self.tr("Stop"), ["Esc"], self.stop,
                     self.tr("End the run (Esc). Finished epochs stay saved in the run folder.")),
        }

    def _run_action(self, key: str, text: str, shortcuts: list[str], slot, tip: str) -> QPushButton:
        action = QAction(text, self, shortcuts=[QKeySequence(s) for s in shortcuts], toolTip=tip,
                         shortcutContext=Qt.WindowShortcut)
        action.triggered.connect(lambda: slot())  # GUI-thread signal; drops the 'checked' argument
        self.addAction(action)
        self.actions[key] = action
        button = QPushButton(text, objectName=f"{key}Button", accessibleName=text, toolTip=tip)
        button.clicked.connect(action.trigger)
        return button

    def _build_menus(self) -> None:
        self.actions["log"] = log = QAction(self.tr("&Loss on a log scale"), self, checkable=True)
        log.toggled.connect(self.plots.set_log_loss)
        menus = {
            self.tr("&File"): [(self.tr("&Open run folder…"), QKeySequence.Open, self.open_run_dialog),
                               (self.tr("Export plots as &PNG…"), None, self.export_plots_dialog),
                               (self.tr("Export metrics as &CSV…"), None, self.export_metrics_dialog), None,
                               (self.tr("&Quit"), QKeySequence.Quit, self.close)],
            self.tr("&Run"): [self.actions[k] for k in RUN_KEYS],
            self.tr("&View"): [log, (self.tr("&Reset layout"), None, self.reset_layout)],
            self.tr("&Help"): [(self.tr("&Keyboard shortcuts"), QKeySequence.HelpContents, self.show_shortcuts),
                               (self.tr("&About CNN Playground"), None, self.show_about)],
        }
        for title, entries in menus.items():
            menu = self.menuBar().addMenu(title)
            for entry in entries:
                if entry is None or isinstance(entry, QAction):
                    menu.addAction(entry) if entry else menu.addSeparator()
                else:
                    menu.addAction(entry[0], entry[2]).setShortcut(entry[1] or QKeySequence())

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)  # Draw, Evaluate, Inside … join beside Train

    # CurrentRun of the latest run (arch, classes, normalisation, newest weights); None before the first start
    current_run = property(lambda self: self.session.current)

    is_training = property(lambda self: self.session.running)

    def runs_root(self) -> Path:
        return runs_dir(self.config_panel.data_dir_edit.text().strip() or None)

    def _update_buttons(self, *_) -> None:
        cfg, training, stopping = self.config_panel.config, self.is_training, self.session.stopping
        states = {"start": not training and cfg is not None, "pause": training and not stopping,
                  "step": not stopping and (training or cfg is not None), "stop": training and not stopping}
        for key, on in states.items():
            self.actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        tip, why = self.actions["start"].toolTip(), " ".join(self.config_panel.problems.values())
        self.buttons["start"].setToolTip(tip if cfg or training else self.tr("{tip}\n\nFix this first: {why}").format(
            tip=tip, why=why))
        self.buttons["pause"].setText(self.tr("Resume") if self.session.is_paused else self.tr("Pause"))
        self.actions["pause"].setText(self.buttons["pause"].text())
        self.config_panel.setEnabled(not training)  # a run's settings are fixed once it starts

    # -- training controls ----------------------------------------------------------------------------------
    def start(self, step_first: bool = False) -> bool:
        """Start a run with the panel's settings (``step_first``: pause after its first epoch)."""
        cfg = self.config_panel.config
        if self.is_training or cfg is None:
            return False
        self.message_bar.clear("run")
        self.history = []
        self.plots.reset(100, cfg.epochs)
        self.samples.show_training_images()
        self.progress.reset(self.tr("Starting…"))
        return self.session.start(cfg, self.config_panel.data_root(), self.runs_root(), step_first_epoch=step_first)

    def toggle_pause(self) -> None:
        if self.is_training:
            self.session.toggle_pause()
            self.progress.set_status(self.tr("Pausing after this batch…") if self.session.is_paused
                                     else self.tr("Resuming…"))

    def step_epoch(self) -> None:
        if not self.is_training:
            self.start(step_first=True)
        else:
            self.session.step_epoch()
            self.progress.set_status(self.tr("Training to the end of this epoch, then pausing…"))

    def stop(self) -> None:
        if self.is_training:
            self.session.stop()
            self.progress.set_status(self.tr("Stopping…"))

    # -- events from the session (bound methods of this GUI-thread object) ---------------------------------
    def _on_started(self, event: RunStarted) -> None:
        cfg = self.session.cfg
        self.plots.reset(event.batches_per_epoch, cfg.epochs)
        self.progress.on_started(event)
        self.run_log.add(self.tr("Started {arch} on {data} ({n:,} weights) on {dev}; saving to {dir}").format(
            arch=cfg.arch, data=cfg.dataset, n=event.params, dev=event.device, dir=event.run_dir))
        if self.samples.key != self.config_panel.data_key:  # e.g. the data was only just downloaded
            self.samples.load(self.config_panel.data_key)
        self.runStarted.emit(event)

    def _on_batches(self, events: list) -> None:
        self.plots.add_batches(events)
        if not self.session.is_paused:  # keep the "Paused …" status line
            self.progress.on_batches(events, self.plots.smoothed_loss)

    def _on_epochEnded(self, event: EpochEnd) -> None:
        self.history.append(event.metrics)
        self.plots.add_epoch(event.metrics)
        self.progress.on_epoch(event)
        self.run_log.add_epoch(event.metrics, event.epochs, event.is_best)
        self.samples.set_predictions(event.test_pred, event.test_conf, event.metrics.epoch)
        self.epochEnded.emit(event)

    def _on_finished(self, event: RunFinished | RunFailed) -> None:
        self.plots.flush()
        self.progress.on_finished(event)
        if isinstance(event, RunFinished):
            self.run_log.add(self.tr("Finished: {dir}").format(dir=event.run_dir))
        else:
            self.message_bar.show_message("run", event.message, event.hint,
                                          "info" if event.kind == "stopped" else "error")
            self.run_log.add(f"{event.message} {event.hint}")
        self.runEnded.emit(event)

    def _load_samples(self, key) -> None:
        if not self.is_training:  # during a run the grid shows predictions on the run's own data
            self.samples.load(key)

    def open_run(self, path: Path) -> bool:
        """Show a saved run: its configuration and per-epoch curves."""
        try:
            if self.is_training:
                raise RuntimeError(self.tr("A run is in progress."))
            info = runs.read_run(Path(path))
        except Exception as exc:  # any unreadable folder: say so and keep the window as it was
            self.message_bar.show_message("open", str(exc), self.tr("Choose a folder made by a training run, "
                                                                     "once no run is going on."))
            return False
        self.message_bar.clear("open")
        self.config_panel.set_values(info.config.to_dict())
        self.history = list(info.history)
        self.plots.show_history(info.history, info.config.epochs)
        self.run_log.add(self.tr("Opened {dir}: {n} epochs").format(dir=info.path, n=len(info.history)))
        for m in info.history:
            self.run_log.add_epoch(m, info.config.epochs)
        self.progress.reset(self.tr("Showing the saved run {name}.").format(name=info.path.name))
        self.runOpened.emit(info)
        return True

    def open_run_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a run folder"), str(self.runs_root()))
        return self.open_run(Path(path)) if path else None

    def export_metrics_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export metrics"), "metrics.csv", "CSV (*.csv)")
        return write_metrics_csv(Path(path), self.history) if path else None

    def export_plots_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plots"), "curves.png", "PNG (*.png)")
        if path and not self.plots.export_png(path):
            self.message_bar.show_message("export", self.tr("Could not write {path}.").format(path=path))

    # -- view, help, closing --------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        self.resize(1400, 900)
        for name, sizes in SPLITTERS.items():
            self.findChild(QSplitter, f"{name}Splitter").setSizes(sizes)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{a.shortcut().toString(QKeySequence.NativeText)}</b></td><td>{a.text()}</td>"
                       f"<td>{a.toolTip()}</td></tr>" for a in (self.actions[k] for k in RUN_KEYS))
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table cellspacing='6'>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CNN Playground"), self.tr(
            "<h3>CNN Playground</h3><p>Train convolutional neural networks and watch them learn: live curves, "
            "predictions on test images, the size of every layer.</p><p>Built on PyTorch, PySide6, pyqtgraph.</p>"))

    def closeEvent(self, event) -> None:
        if self.is_training:
            if self.confirm_close and QMessageBox.question(
                    self, self.tr("Stop training?"), self.tr("A run is in progress. Stop it and quit? Finished "
                                                             "epochs are saved in the run folder.")) != QMessageBox.Yes:
                event.ignore()
                return
            self.session.shutdown()  # the engine saves finished epochs; never leave a running QThread behind
        self.settings.save_window(self, list(SPLITTERS))
        for jobs in (self.summary_jobs, self.sample_jobs):
            jobs.shutdown()
        self.closing.emit()
        super().closeEvent(event)
