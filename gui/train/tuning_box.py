"""Tuning while it trains: the live knobs, the coach's findings with a button applying each fix, the markers of
knob changes on the curves, and the learning-rate finder beside the learning rate.

The coach (core.coach.Watcher) is fed on the GUI thread from the session's signals; its diagnoses (with the
dead-unit probe) are computed on a background job at each epoch's end and when the run ends.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import batch_log, knobs
from core.coach_watch import Watcher
from core.diagnoses import Diagnosis
from core.events import EpochEnd, RunFailed, RunFinished, RunStarted
from core.knobs import KnobChange, KnobIgnored
from gui.state import AppState
from gui.train.coach_texts import CoachTexts
from gui.train.config_panel import ConfigPanel
from gui.widgets.knob_markers import KnobMarkers
from gui.train.knob_panel import KnobPanel
from gui.train.live_plots import LivePlots
from gui.train.lr_finder_dialog import LrFinderDialog
from gui.widgets.live_text import LiveText
from gui.widgets.retranslating import Retranslating

SHOWN = 2  # findings on screen at once, most urgent first: room for the curves on a projector


class TuningBox(Retranslating, QWidget):
    def __init__(self, state: AppState, panel: ConfigPanel, plots: LivePlots, parent: QWidget | None = None):
        super().__init__(parent, objectName="tuningBox")
        self.state, self.panel, self.texts = state, panel, CoachTexts(self)
        self.knob_panel = KnobPanel(self)
        self.markers = KnobMarkers(plots.loss_plot, plots.acc_plot, plots.lr_plot)
        self.watcher, self.diagnoses, self._bpe = Watcher(), (), 1
        self.coach_jobs, self.finder_jobs = state.jobs("coach"), state.jobs("lr-find")
        self.title = QLabel(self, objectName="coachTitle")
        self.title_text = LiveText(self.title.setText)
        self.says = [QLabel(self, wordWrap=True, objectName=f"coachSays{i}") for i in range(SHOWN)]
        self.fix_buttons = [QPushButton(self, objectName=f"coachFix{i}") for i in range(SHOWN)]
        grid = QGridLayout()
        grid.addWidget(self.title, 0, 0, 1, 2)
        for i, (label, button) in enumerate(zip(self.says, self.fix_buttons)):
            grid.addWidget(label, i + 1, 0)
            grid.addWidget(button, i + 1, 1)
            button.clicked.connect(lambda _=False, i=i: self.apply_fix(i))
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.knob_panel)
        layout.addLayout(grid)
        self.find_button = QPushButton(objectName="findRate")
        panel.add_beside("lr", self.find_button)
        self.find_button.clicked.connect(self.open_finder)
        self.finder: LrFinderDialog | None = None
        self.knob_panel.changeRequested.connect(self._send_knobs)
        state.runStarted.connect(self._on_started)
        state.batches.connect(self._feed_batches)
        state.epochEnded.connect(self._on_epoch)
        state.runFinished.connect(self._on_finished)
        state.runOpened.connect(self._on_run_opened)
        self.state.knobChanged.connect(self._on_knob)
        self._show_findings()
        self.retranslate()

    # -- knobs --------------------------------------------------------------------------------------------------
    def _send_knobs(self, changes: list) -> None:
        for knob in changes:
            self.state.change_knob(knob)

    def _on_knob(self, event: KnobChange | KnobIgnored) -> None:
        self.watcher(event)
        if isinstance(event, KnobIgnored):
            self.title_text.show(lambda: self._ignored(event.reason))
            return
        self.markers.add(event, self._bpe, f"{event.knob.field} {event.knob.value}")
        self.knob_panel.show_config(self.watcher.figures().cfg)

    def _ignored(self, reason: str) -> str:
        why = {
            "no_dropout_layers": self.tr("This network has no dropout layers to change; set dropout for the next run."),
            "does_not_fit": self.tr("That change does not fit this run's settings, so it was left out."),
        }
        return why.get(reason, why["does_not_fit"])

    # -- the coach ----------------------------------------------------------------------------------------------
    def _on_started(self, event: RunStarted) -> None:
        self.watcher = Watcher()
        self.watcher(event)
        self._bpe = event.batches_per_epoch
        self.markers.clear()
        self.diagnoses = ()
        self._show_findings()
        self.knob_panel.show_config(self.state.run_config)
        if event.start_epoch > 1:  # a resumed run: the changes of its earlier sessions, from its folder
            folder = event.run_dir
            self.coach_jobs.submit("knobs", lambda: knobs.read(folder), self._show_recorded)

    def _on_run_opened(self, info) -> None:
        """A saved run on the curves: its recorded changes too, placed by its batches per epoch (batch log)."""
        self.markers.clear()
        folder = info.path
        read = lambda: (knobs.read(folder), batch_log.read(folder, max_epoch=1))  # noqa: E731
        self.coach_jobs.submit("knobs", read, self._opened_knobs_read)

    def _opened_knobs_read(self, found: tuple) -> None:
        changes, first_epoch = found
        if changes and len(first_epoch) and not self.state.training:
            self._bpe = int(first_epoch.batch.max())
            self._show_recorded(changes)

    def _show_recorded(self, changes: tuple[KnobChange, ...]) -> None:
        for change in changes:
            self.markers.add(change, self._bpe, f"{change.knob.field} {change.knob.value}")

    def _feed_batches(self, events: list) -> None:
        for event in events:
            self.watcher(event)

    def _on_epoch(self, event: EpochEnd) -> None:
        self.watcher(event)
        self._diagnose()

    def _on_finished(self, event: RunFinished | RunFailed) -> None:
        self.watcher(event)
        self.knob_panel.show_config(None)
        self._diagnose()

    def _diagnose(self) -> None:
        self.coach_jobs.submit("diagnose", self.watcher.diagnoses, self._got_diagnoses)

    def _got_diagnoses(self, found: tuple[Diagnosis, ...]) -> None:
        self.diagnoses = found
        self._show_findings()

    def _show_findings(self) -> None:
        self.title_text.show(lambda: self.tr("Coach: nothing to worry about so far."))
        self.title.setVisible(not self.diagnoses)  # a finding says "Coach:" itself: one line less
        self._write_findings()

    def _write_findings(self) -> None:
        for i, (label, button) in enumerate(zip(self.says, self.fix_buttons)):
            d = self.diagnoses[i] if i < len(self.diagnoses) else None
            label.setVisible(d is not None)
            button.setVisible(d is not None)
            if d is not None:
                said = f"{self.texts.finding(d)} {self.texts.fix(d)}"
                label.setText(self.tr("Coach: {said}").format(said=said) if i == 0 else said)
                now = d.live and self.state.run_active
                button.setText(self.tr("Apply now") if now else self.tr("Use for the next run"))
                button.setToolTip(
                    self.tr("Change the run under way from its next batch; the change is marked on the curves.")
                    if now
                    else self.tr("Put the coach's suggestion into the settings on the left, for the next run.")
                )

    def apply_fix(self, i: int) -> None:
        """Through the live knobs when the run is under way and the fix is all knobs, else into the settings."""
        d = self.diagnoses[i]
        if d.live and self.state.run_active:
            self._send_knobs(list(d.fix))
            return
        cfg = self.panel.config or self.state.run_config
        if cfg is not None:
            self.panel.set_values(d.next_config(cfg).to_dict())

    # -- the finder ---------------------------------------------------------------------------------------------
    def open_finder(self) -> None:
        cfg = self.panel.config
        if cfg is None:
            return
        if self.finder is None:
            self.finder = LrFinderDialog(self.finder_jobs, self)
            self.finder.rateChosen.connect(lambda lr: self.panel.set_values({"lr": lr}))
        self.finder.start(cfg, self.panel.data_root())
        self.finder.show()

    def retranslate(self) -> None:
        self.find_button.setText(self.tr("Find a learning rate…"))
        self.find_button.setToolTip(
            self.tr("One short run with the rate rising from 0.000001 to 10: suggests a rate in seconds.")
        )
        for button in self.fix_buttons:  # each finding then says which way its fix goes
            button.setToolTip(self.tr("Apply what the coach suggests."))
        self.title_text.retranslate()
        self._write_findings()
