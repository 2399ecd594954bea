"""Tune: a hyperparameter sweep in the window. Choose what varies and how to search; every other setting comes
from the Train tab. Trials run one after another on a thread of their own (each a normal run folder, so the Runs
tab lists them), with a live table, the trials' curves, and after a few trials parallel coordinates and the
importance of each setting. "Train the best" starts a normal run with the best trial's settings."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from core.config import TrainConfig
from core.events import EpochEnd
from core.sweep_events import SweepDone, TrialDone, TrialStarted
from core.sweep_params import VaryError
from core.sweep_spec import SweepError, SweepSpec, lr_finder
from core.messages import Message, as_message
from gui.runs.sweep_editors import ParamEditors
from gui.widgets.fitting_scroll import VerticalScrollArea
from gui.runs.sweep_plots import ImportanceBars, ParallelCoordinates, TrialCurves
from gui.runs.sweep_settings import SearchSettings
from gui.runs.sweep_table import TrialsTable, params_text
from gui.state import AppState
from gui.widgets.image_utils import fit_side_by_side
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating, Words, say
from gui.core_texts import display_value
from gui.messages import say as say_message

BUTTONS = ("start", "pause", "stop", "best", "lr")
CHARTS_WIDTH = 360  # px: narrower, the trial charts are unreadable; they go under the settings instead


class SweepView(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="sweepView")
        self.state, self.runner = state, state.sweep
        self.spec = None  # the sweep under way or last run
        self.base: TrainConfig | None = None  # the Train tab's settings when it started ("Train the best" uses them)
        self.best = None
        self.curve: dict[int, list[float]] = {}  # the running trial's accuracy per epoch
        self.editors = ParamEditors()
        self.how = SearchSettings()
        self.base_label = QLabel(objectName="sweepBase", wordWrap=True)
        self.buttons = {key: self._button(key) for key in BUTTONS}
        self.message_bar, self.status = MessageBar(), QLabel(objectName="sweepStatus", wordWrap=True)
        self.said: Words = ""  # the status line, kept to say it again after a language switch
        self.table, self.curves = TrialsTable(), TrialCurves()
        self.parallel, self.importance = ParallelCoordinates(), ImportanceBars()
        self._layout()
        self.runner.trialStarted.connect(self._on_trial_started)
        self.runner.epochEnded.connect(self._on_epoch)
        self.runner.trialDone.connect(self._on_trial_done)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.stateChanged.connect(self._update)
        self.editors.changed.connect(self._update)
        self.how.changed.connect(self._update)
        state.settingsChanged.connect(self._update)
        state.trainingChanged.connect(self._update)
        self.editors.rows["lr"].check.setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "start": (self.tr("Start sweep"), self.tr("Train one short network per trial, each with other settings.")),
            "pause": (self.tr("Pause"), self.tr("Pause the sweep after the current batch, or resume it.")),
            "stop": (self.tr("Stop"), self.tr("End the sweep; the finished trials stay saved.")),
            "best": (
                self.tr("Train the best"),
                self.tr("A normal run: the Train tab's settings with the best trial's values."),
            ),
            "lr": (
                self.tr("Find a learning rate for this network"),
                self.tr(
                    "8 short trials (2 epochs each) with learning rates from 0.0001 to 1; bad ones are stopped early."
                ),
            ),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
            self.buttons[key].setToolTip(tip)
        self.what.setTitle(self.tr("What to vary"))
        self.intro.setText(
            self.tr(
                "Let the computer try settings for you: each trial is a short training run with some settings "
                "changed. Everything not varied here comes from the Train tab."
            )
        )
        for plot in (self.curves, self.parallel, self.importance):  # plain objects: they follow from here
            plot.retranslate()
        self.status.setText(say(self.said))
        self._update()

    def _say(self, words: Words) -> None:
        self.said = words
        self.status.setText(say(words))

    def _progress(self, message: Message) -> None:
        self._say(lambda: say_message(message))

    def _button(self, key: str) -> QPushButton:
        button = QPushButton(objectName=f"sweep_{key}Button")
        button.clicked.connect({"start": self.start, "pause": self.toggle_pause, "stop": self.stop}.get(key, lambda: 0))
        return button

    def _layout(self) -> None:
        self.buttons["best"].clicked.connect(self.train_best)
        self.buttons["lr"].clicked.connect(self.find_learning_rate)
        what = self.what = QGroupBox()
        QVBoxLayout(what).addWidget(self.editors)
        intro = self.intro = QLabel(wordWrap=True)
        left = QWidget(objectName="sweepSettings")
        column = QVBoxLayout(left)
        for widget in (intro, self.buttons["lr"], what, self.how, self.base_label):
            column.addWidget(widget)
        row = QGridLayout()  # two by two: the four buttons fit a 1024x768 projector in any language
        for i, key in enumerate(("start", "pause", "stop", "best")):
            row.addWidget(self.buttons[key], i // 2, i % 2)
        column.addLayout(row)
        column.addStretch(1)
        scroll = VerticalScrollArea(430, widget=left)  # as wide as its widest row: no sideways scrolling
        charts = QSplitter(Qt.Horizontal, objectName="sweepChartsSplitter")
        charts.addWidget(self.curves.widget)
        charts.addWidget(self.importance.widget)
        right = QSplitter(Qt.Vertical, objectName="sweepRightSplitter")
        for widget in (self.table, charts, self.parallel.widget):
            right.addWidget(widget)
        right.setSizes([200, 260, 300])
        live = QWidget()
        box = QVBoxLayout(live)
        box.setContentsMargins(4, 6, 4, 4)
        for widget, stretch in ((self.message_bar, 0), (self.status, 0), (right, 1)):
            box.addWidget(widget, stretch)
        main = self.main_split = QSplitter(Qt.Horizontal, objectName="sweepSplitter")
        main.addWidget(scroll)
        main.addWidget(live)
        main.setStretchFactor(1, 1)
        main.setSizes([560, 940])
        QVBoxLayout(self).addWidget(main)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        fit_side_by_side(self.main_split, self.width(), least_right=CHARTS_WIDTH)  # charts under the settings
        super().resizeEvent(event)

    # -- state of the controls ------------------------------------------------------------------------------------
    def _update(self, *_) -> None:
        running, cfg = self.runner.running, self.state.current_config()
        problems = self.editors.problems()
        ready = cfg is not None and not problems and any(r.check.isChecked() for r in self.editors.rows.values())
        budget = self.how.has_budget()
        self.buttons["start"].setEnabled(not self.state.training and ready and budget)
        self.buttons["lr"].setEnabled(not self.state.training and cfg is not None)
        self.buttons["pause"].setEnabled(running and not self.runner.stopping)
        self.buttons["stop"].setEnabled(running and not self.runner.stopping)
        self.buttons["pause"].setText(self.tr("Resume") if self.runner.paused else self.tr("Pause"))
        self.buttons["best"].setEnabled(not self.state.training and self.best is not None)
        self.editors.setEnabled(not running)
        self.how.setEnabled(not running)
        self.base_label.setText(
            self.tr("Fix the Train tab's settings first: a value there is not valid.")
            if cfg is None
            else self.tr(
                "Everything else as on the Train tab: {arch} on {data}; epochs per trial: %n.", "", cfg.epochs
            ).format(arch=display_value("arch", cfg.arch), data=display_value("dataset", cfg.dataset))
        )

    # -- starting and controlling ---------------------------------------------------------------------------------
    def start(self, epochs: int | None = None) -> bool:
        """Start a sweep with the settings shown (``epochs``: per trial, instead of the Train tab's)."""
        cfg = self.state.current_config()
        if self.state.training or cfg is None:
            return False
        try:
            params = self.editors.params()
            study = self.how.study_name() or f"sweep-{cfg.arch}-{cfg.dataset}-{time.strftime('%Y%m%d-%H%M%S')}"
            spec = SweepSpec(study, params, cfg.replace(epochs=epochs) if epochs else cfg, **self.how.values())
        except (VaryError, SweepError) as exc:
            why = as_message(exc)
            self.message_bar.show_message(
                "sweep", lambda: say_message(why), lambda: self.tr("Change it on the left and start again.")
            )
            return False
        self.message_bar.clear()
        self.spec, self.base, self.best, self.curve = spec, cfg, None, {}
        self.table.clear_trials()
        self.curves.clear(spec.base.epochs)
        self.parallel.show(spec.params, [])
        self.importance.show({})
        self._say(lambda: self.tr("Sweep {name}: starting…").format(name=study))
        return self.state.start_sweep(spec)

    def find_learning_rate(self) -> bool:
        """The one-click lesson (core.sweep_spec.lr_finder): only the learning rate varies, 8 trials of 2 epochs,
        median pruning. The settings on the left show it, and stay for another go."""
        cfg = self.state.current_config()
        if cfg is None:
            return False
        lesson = lr_finder(cfg)
        self.editors.set_only({p.name: p.spec for p in lesson.params})
        self.how.set_values(lesson.sampler, lesson.pruner, lesson.n_trials, lesson.timeout)
        return self.start(epochs=lesson.base.epochs)

    def toggle_pause(self) -> None:
        self.state.toggle_pause()  # acts on the long task under way: this sweep
        if self.runner.running:
            paused = self.runner.paused
            self._say(lambda: self.tr("Paused: press Resume to go on.") if paused else self.tr("Resuming…"))

    def stop(self) -> None:
        self.state.stop_training()
        self._say(lambda: self.tr("Stopping after this batch…"))

    def train_best(self) -> bool:
        """A normal run with the Train tab's settings (as at the sweep's start) and the best trial's values."""
        if self.best is None or self.base is None:
            return False
        started = self.state.start_run(self.base.replace(**self.best.params))
        if started:
            params = params_text(self.best.params)
            self._say(
                lambda: self.tr("Training the best settings ({params}): watch it on the Train tab.").format(
                    params=params
                )
            )
        return started

    # -- what the sweep reports -----------------------------------------------------------------------------------
    def _on_trial_started(self, event: TrialStarted) -> None:
        self.curve[event.number] = []
        self.table.trial_started(event.number, event.params)
        self._say(
            lambda: self.tr("Trial {n}: {params}").format(n=event.number, params=params_text(event.params) or "-")
        )

    def _on_epoch(self, event: EpochEnd) -> None:
        if not self.curve:
            return
        number = max(self.curve)
        m = event.metrics
        self.curve[number].append(m.val_acc if m.val_acc is not None else m.test_acc)
        self.curves.set_curve(number, self.curve[number])
        self.table.trial_epoch(number, self.curve[number])

    def _on_trial_done(self, event: TrialDone) -> None:
        self.table.set_study(event.study)
        for t in event.study:
            if t.curve and t.state != "RUNNING":
                self.curves.set_curve(t.number, t.curve, t.state)
        complete = [t for t in event.study if t.value is not None]
        self.best = max(complete, key=lambda t: t.value) if complete else None
        self.parallel.show(self.spec.params, list(event.study))
        self.importance.show(event.importance)
        self._update()

    def _on_finished(self, event: SweepDone | Message) -> None:
        if isinstance(event, Message):
            self.message_bar.show_message(
                "sweep", lambda: say_message(event), lambda: self.tr("Check the storage URL and the runs folder.")
            )
            self._say("")
        elif event.best is None:
            self._say(lambda: self.tr("The sweep ended without a finished trial."))
        else:
            best = self.best = event.best
            self._say(
                lambda: self.tr("Done: {n} trials here. Best: trial {best} with {acc:.2%} ({params}).").format(
                    n=event.trials_run, best=best.number, acc=best.value, params=params_text(best.params)
                )
            )
        self._update()
