"""The Train tab: the settings on the left, Start / Pause / Step epoch / Stop under them, and the live view
(progress, curves, test images with the network's answers, the run log) on the right, which scrolls on its own
so that the page never does: Start and Stop stay in view beside a lesson on a 1024x768 projector.

It reads and writes the app state only: it starts runs through it and draws what the state's session
reports. The run actions carry the keyboard shortcuts; the window puts them in its Run menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QTabWidget, QVBoxLayout, QWidget

from core.events import EpochEnd, EpochMetrics, RunFailed, RunFinished, RunStarted
from core.optim import SCHEDULE_FACTORS
from core import batch_log
from core.checkpoint import CheckpointError
from core.runs import RunInfo, metrics_csv, read_run
from gui.state import AppState, TrainSettings
from gui.train.config_panel import ConfigPanel
from gui.train.data_view import DataView
from gui.train.layer_table_room import LayerTableRoom
from gui.train.live_plots import LivePlots
from gui.train.page_layout import column, split
from gui.train.progress_panel import ProgressPanel
from gui.train.reference_run import ReferenceRun
from gui.train.run_controls import RUN_KEYS, RunControls
from gui.train.run_log import RunLog
from gui.widgets.fitting_scroll import VerticalScrollArea
from gui.train.sample_grid import SampleGrid
from gui.train.tuning_box import TuningBox
from gui.widgets.live_text import LiveMessages
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating
from gui.widgets.save_dialog import ask_save_path
from gui.widgets.into_view import bring_into_view
from core.messages import Sentences
from gui.core_texts import display_value
from gui.messages import say
from gui.run_names import title_of

__all__ = ["RUN_KEYS", "SPLITTERS", "TrainTab"]  # RUN_KEYS: for the window

SPLITTERS = {"main": [480, 920], "train": [610, 310], "side": [470, 230]}  # defaults for a 1400x900 window


class TrainTab(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="trainTab")
        self.state = state
        self.history: list[EpochMetrics] = []
        self.config_panel = ConfigPanel(state)
        scroll = VerticalScrollArea(objectName="configScroll", widget=self.config_panel)
        slots = {"start": self.start, "pause": self.toggle_pause, "step": self.step_epoch, "stop": self.stop}
        self.run_controls = row = RunControls(slots)
        self.actions: dict[str, QAction] = row.actions
        self.buttons = row.buttons
        self.message_bar, self.progress, self.plots = MessageBar(), ProgressPanel(), LivePlots()
        self.messages = LiveMessages(self.message_bar)
        self.samples, self.run_log = SampleGrid(state.jobs("samples")), RunLog()
        self.opened_jobs = state.jobs("opened-run")  # reads an opened run's per-batch log
        self.tuning = TuningBox(state, self.config_panel, self.plots)  # knobs, coach, finder, knob markers
        self.reference = ReferenceRun(state, self.plots, self)  # the previous or pinned run, faint underneath
        self.plots.checks.insertWidget(0, self.reference.check)
        self.plots.layout().insertWidget(1, self.reference.caption)  # over the plots, as wide as they are
        self.data_view = DataView(state)  # what the chosen data holds: a page beside the curves
        self.pages = QTabWidget(objectName="livePages", documentMode=True)
        self.pages.addTab(
            split(Qt.Horizontal, "train", self.plots, split(Qt.Vertical, "side", self.samples, self.run_log)), ""
        )
        self.pages.addTab(self.data_view, "")
        live = column(
            "liveView",
            (self.message_bar, 0),
            (self.progress, 0),
            (self.tuning, 0),
            (self.pages, 1),
            margins=(4, 6, 4, 4),
        )
        live = VerticalScrollArea(objectName="liveScroll", widget=live, frameShape=QFrame.Shape.NoFrame)
        self.main_split = split(Qt.Horizontal, "main", column("leftPane", (scroll, 1), (row, 0)), live)
        self.main_split.setStretchFactor(0, 1)  # a smaller window (a 1024x768 projector) takes a third of
        self.main_split.setStretchFactor(1, 2)  # its loss from the settings, two thirds from the curves
        QVBoxLayout(self).addWidget(self.main_split)
        self.layer_table_room = LayerTableRoom(self, self.main_split, self.config_panel.summary)
        self.layout().setContentsMargins(0, 0, 0, 0)
        state.runStarted.connect(self._on_started)
        state.batches.connect(self._on_batches)
        state.epochEnded.connect(self._on_epoch)
        state.runFinished.connect(self._on_finished)
        for moved in (state.runStarted, state.epochEnded):  # beside a lesson on a projector the tiles, knobs
            moved.connect(lambda *_: bring_into_view(self.plots.loss_plot))  # and coach push the curves down
        state.runOpened.connect(self._on_run_opened)
        state.progress.connect(self.progress.on_progress)
        state.paused.connect(self.progress.on_paused)
        state.trainingChanged.connect(self._update_buttons)
        self.config_panel.changed.connect(self._update_buttons)
        state.settingsRequested.connect(self._take_settings)
        self.config_panel.changed.connect(self._report_settings)
        self._report_settings()
        self.config_panel.dataKeyChanged.connect(self._load_samples)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Its parts set their own words; the tab re-writes what it said from data: messages, the compared run."""
        self.messages.retranslate()
        self.reference.retranslate()  # the compared run's name in the legends
        self.pages.setTabText(0, self.tr("Curves"))
        self.pages.setTabText(1, self.tr("Data"))
        self.pages.setTabToolTip(0, self.tr("The run's curves, test images with their answers, and its log"))
        self.pages.setTabToolTip(1, self.tr("What the chosen data holds: images per class, examples, augmentation"))

    # -- the run controls -------------------------------------------------------------------------------------
    def _update_buttons(self, *_) -> None:
        cfg, busy, stopping = self.config_panel.config, self.state.training, self.state.stopping
        states = {  # pause and stop act on whatever long task runs (a run, a sweep, a fine-tune)
            "start": not busy and cfg is not None,
            "pause": busy and not stopping,
            "step": not stopping and (self.state.run_active if busy else cfg is not None),
            "stop": busy and not stopping,
        }
        why = None if cfg or busy else self._problems
        self.run_controls.show_state(states, self.state.is_paused, why)
        self.config_panel.setEnabled(not busy)  # a run's settings are fixed once it starts

    def _problems(self) -> str:
        return " ".join(self.config_panel.problems.values())

    def start(self, step_first: bool = False) -> bool:
        """Start a run with the panel's settings (``step_first``: pause after its first epoch)."""
        cfg = self.config_panel.config
        if self.state.training or cfg is None:
            return False
        self.messages.clear("run")
        self.history = []
        self.plots.reset(100, cfg.epochs)
        self.samples.show_training_images()
        self.progress.reset(lambda: self.tr("Starting…"))
        return self.state.start_run(cfg, step_first=step_first)

    def toggle_pause(self) -> None:
        if self.state.training:
            self.state.toggle_pause()
            paused = self.state.is_paused
            self.progress.set_status(lambda: self.tr("Pausing after this batch…") if paused else self.tr("Resuming…"))

    def step_epoch(self) -> None:
        if not self.state.training:
            self.start(step_first=True)
        else:
            self.state.step_epoch()
            self.progress.set_status(lambda: self.tr("Training to the end of this epoch, then pausing…"))

    def stop(self) -> None:
        if self.state.training:
            self.state.stop_training()
            self.progress.set_status(lambda: self.tr("Stopping…"))

    # -- what the run reports ---------------------------------------------------------------------------------
    def _on_started(self, event: RunStarted) -> None:
        cfg = self.state.run_config
        self.pages.setCurrentIndex(0)  # the curves answer now
        if self.config_panel.config != cfg:  # started elsewhere (the Runs tab): show what is training
            self.config_panel.set_values(cfg.to_dict())
        self.plots.reset(event.batches_per_epoch, cfg.epochs)
        self.history = []
        self.messages.clear("run")  # "Stopped by you… you can resume it": not once it is resumed (from Runs)
        if event.start_epoch > 1:  # a resumed run: its saved epochs first, read from its folder (small JSON)
            try:
                self.history = list(read_run(event.run_dir).history[: event.start_epoch - 1])
            except CheckpointError:
                pass
            for m in self.history:
                self.plots.add_epoch(m)
            run_dir, saved = event.run_dir, event.start_epoch - 1  # and its saved batches, under the new ones
            read = lambda: (run_dir, batch_log.read(run_dir, saved))  # noqa: E731
            self.opened_jobs.submit("batches", read, self._resumed_batches_read)
        self.progress.on_started(event)
        self.run_log.add(
            lambda: self.tr("Started {arch} on {data} ({n:,} weights) on {dev}; saving to {dir}").format(
                arch=display_value("arch", cfg.arch),
                data=display_value("dataset", cfg.dataset),
                n=event.params,
                dev=event.device,
                dir=event.run_dir,
            )
        )
        self.messages.clear("data")
        notes = event.data_notes
        if notes:  # e.g. "skipped 12 files: 3 not images, 1 too large": trained without them
            self.messages.show("data", lambda: (say(notes[0]), say(Sentences(notes[1:]))), "info")
            for note in notes:
                self.run_log.add(lambda note=note: say(note))
        if self.samples.key != self.config_panel.data_key:  # e.g. the data was only just downloaded
            self.samples.load(self.config_panel.data_key)

    def _on_batches(self, events: list) -> None:
        self.plots.add_batches(events)
        if not self.state.is_paused:  # keep the "Paused …" status line
            self.progress.on_batches(events, self.plots.smoothed_loss)

    def _on_epoch(self, event: EpochEnd) -> None:
        self.history.append(event.metrics)
        self.plots.add_epoch(event.metrics)
        self.progress.on_epoch(event)
        self.run_log.add_epoch(event.metrics, event.epochs, event.is_best)
        self.samples.set_predictions(event.test_pred, event.test_conf, event.metrics.epoch)

    def _on_finished(self, event: RunFinished | RunFailed) -> None:
        self.plots.flush()
        self.progress.on_finished(event)
        if isinstance(event, RunFinished):
            self.run_log.add(lambda: self.tr("Finished: {dir}").format(dir=event.run_dir))
            bring_into_view(self.plots.loss_plot)
        else:
            said = lambda: (say(event.message), say(event.hint))  # noqa: E731
            self.messages.show("run", said, "info" if event.kind == "stopped" else "error")
            bring_into_view(self.message_bar)  # at the top of the live column, over the curves scrolled to
            self.run_log.add(lambda: say(Sentences((event.message, event.hint))))

    def _on_run_opened(self, info: RunInfo) -> None:
        """A saved run: its settings in the panel, its curves and log."""
        self.config_panel.set_values(info.config.to_dict())
        self.history = list(info.history)
        cfg = info.config
        start_lr = cfg.lr * SCHEDULE_FACTORS[cfg.schedule](cfg, 1)(0) if cfg.schedule in SCHEDULE_FACTORS else None
        self.plots.show_history(info.history, cfg.epochs, start_lr)
        self.run_log.add(lambda: self.tr("Opened {dir}; epochs saved: %n", "", len(info.history)).format(dir=info.path))
        for m in info.history:
            self.run_log.add_epoch(m, cfg.epochs)
        self.progress.show_saved(
            info.history,
            cfg.epochs,
            lambda: self.tr("Showing the saved run {name}.").format(name=title_of(info.path, self.state.runs)),
        )
        path, saved = info.path, len(info.history)
        self.opened_jobs.submit("batches", lambda: batch_log.read(path, saved), self._batches_read)

    def _resumed_batches_read(self, read: tuple[Path, batch_log.BatchCurves]) -> None:
        run_dir, curves = read
        if len(curves) and self.state.run_dir == run_dir:  # still the run on show
            self.plots.show_batch_curves(curves.epoch_position, curves.loss, curves.lr, int(curves.batch.max()), True)

    def _batches_read(self, curves: batch_log.BatchCurves) -> None:
        """The opened run's per-batch log, when it has one (older folders show the per-epoch curves only)."""
        if len(curves) and not self.state.training:
            self.plots.show_batch_curves(curves.epoch_position, curves.loss, curves.lr, int(curves.batch.max()))

    # -- the settings, as others (a lesson) ask for and see them ----------------------------------------------
    def _take_settings(self, settings: TrainSettings) -> None:
        """A lesson sets up the panel: its recipe, its values, and only the settings it is about."""
        panel = self.config_panel
        if settings.preset:
            panel.preset.setCurrentIndex(max(0, panel.preset.findData(settings.preset)))
        panel.set_values(dict(settings.values))
        panel.show_only(settings.shown)
        if settings.compare:
            self.reference.check.setChecked(True)
        self._report_settings()

    def _report_settings(self, *_) -> None:
        panel = self.config_panel
        shown = frozenset(name for name in panel.widgets if panel.is_shown(name))
        shown = None if shown == set(panel.widgets) else shown
        self.state.report_settings(TrainSettings(panel.values(), shown, panel.preset.currentData(), panel.config))

    def _load_samples(self, key) -> None:
        if not self.state.training:  # during a run the grid shows predictions on the run's own data
            self.samples.load(key)

    # -- exports ----------------------------------------------------------------------------------------------
    def export_metrics(self, path: Path) -> None:
        Path(path).write_text(metrics_csv(self.history), encoding="utf-8")

    def export_metrics_dialog(self) -> None:
        path, _ = ask_save_path(self, self.state, self.tr("Export metrics"), "metrics.csv", "CSV (*.csv)")
        if path:
            self.export_metrics(Path(path))

    def export_plots_dialog(self) -> None:
        path, _ = ask_save_path(self, self.state, self.tr("Export plots"), "curves.png", "PNG (*.png)")
        if path and not self.plots.export_png(path):
            self.messages.show("export", lambda: (self.tr("Could not write {path}.").format(path=path), ""))
