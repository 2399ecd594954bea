"""Training from the Runs tab: resume a stopped run, continue a run for N more epochs, fine-tune a run's weights
on another dataset of the same shape.

Resume and continue train in the run's own folder from its last.pt (weights, optimizer, random state); the
learning-rate schedule is rebuilt at the step reached (core.optim), so it continues instead of restarting.
Fine-tuning starts a NEW run folder whose network starts from the chosen run's best weights.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSpinBox, QWidget

from core import data
from core.checkpoint import CheckpointError
from core.config import ConfigError
from core.run_summary import RunSummary
from core.run_weights import weights_file
from core.runs import read_config
from core.messages import Message, as_message
from gui.core_texts import core_tr
from gui.run_names import run_title
from gui.state import AppState
from gui.messages import say
from gui.widgets.retranslating import Retranslating, Words


class TrainActions(Retranslating, QWidget):
    started = Signal(object)  # a run started from this tab: what it does (Words: said again after a switch)
    failed = Signal(object, object)  # message, what to do (Words)

    def __init__(self, state: AppState, selected: Callable[[], list[RunSummary]], parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.selected = state, selected
        self.resume_button = QPushButton(self, objectName="runsResumeButton")
        self.resume_button.clicked.connect(self.resume)
        self.epochs_spin = QSpinBox(self, objectName="runsMoreEpochsSpin", minimum=1, maximum=1000, value=5)
        self.continue_button = QPushButton(self, objectName="runsContinueButton")
        self.continue_button.clicked.connect(lambda: self.continue_run(self.epochs_spin.value()))
        self.finetune_button = QPushButton(self, objectName="runsFinetuneButton")
        self.finetune_menu = QMenu(self)
        self.finetune_menu.aboutToShow.connect(self._fill_finetune_menu)
        self.finetune_button.setMenu(self.finetune_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.resume_button)
        layout.addSpacing(8)
        self.epochs_label = QLabel(self)
        layout.addWidget(self.epochs_label)
        layout.addWidget(self.epochs_spin)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.finetune_button)  # enabled by update_buttons once the owner's selection exists
        self.retranslate()

    def retranslate(self) -> None:
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setToolTip(
            self.tr("Go on with a stopped run where it stopped: same optimizer, schedule and random state")
        )
        self.epochs_label.setText(self.tr("Epochs:"))
        self.epochs_spin.setAccessibleName(self.tr("Epochs to add"))
        self.epochs_spin.setToolTip(self.tr("How many epochs Continue and Fine-tune train"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(
            self.tr(
                "Train the selected run for this many more epochs in its own folder; the learning-rate "
                "schedule goes on from where it was, it does not start again"
            )
        )
        self.finetune_button.setText(self.tr("Fine-tune on…"))
        self.finetune_button.setToolTip(
            self.tr(
                "Start a new run whose network starts from the selected run's best weights, on another "
                "dataset of the same image size and number of classes (for example your own digits)"
            )
        )

    def _one(self) -> RunSummary | None:
        runs = self.selected()
        return runs[0] if len(runs) == 1 else None

    def update_buttons(self) -> None:
        run, idle = self._one(), not self.state.training
        can_go_on = bool(run) and idle and run.status != "running" and (run.path / "last.pt").is_file()
        self.resume_button.setEnabled(can_go_on and run.epochs_done < run.epochs_planned)
        self.continue_button.setEnabled(can_go_on and run.epochs_done > 0)
        self.finetune_button.setEnabled(bool(run) and idle and run.epochs_done > 0)

    # -- the three ways to train on ------------------------------------------------------------------------
    def resume(self) -> bool:
        """A stopped run, to the number of epochs it was started with."""
        run = self._one()
        return run is not None and self._start(
            run.path, lambda cfg: cfg, lambda: self.tr("Resuming {name}").format(name=run_title(run)), resume=True
        )

    def continue_run(self, more: int) -> bool:
        """``more`` epochs after the last saved one, in the same folder."""
        run = self._one()
        return run is not None and self._start(
            run.path,
            lambda cfg: cfg.replace(epochs=run.epochs_done + more),
            lambda: self.tr("Continuing {name} for %n more epochs", "", more).format(name=run_title(run)),
            resume=True,
        )

    def finetune(self, dataset: str, epochs: int | None = None) -> bool:
        """A new run on ``dataset`` that starts from the selected run's best weights."""
        run = self._one()
        if run is None:
            return False
        try:
            weights = weights_file(run.path)
        except CheckpointError as exc:
            self._failed(as_message(exc))
            return False
        change = lambda cfg: cfg.replace(
            dataset=dataset, epochs=epochs or self.epochs_spin.value(), folder=None, image_size=None
        )
        what = lambda: self.tr("Fine-tuning {name} on {data}").format(  # noqa: E731 - words said again after a switch
            name=run_title(run), data=core_tr(data.get_spec(dataset).title)
        )
        return self._start(run.path, change, what, init_weights=weights)

    def _start(self, path: Path, change, what: Words, resume: bool = False, init_weights: Path | None = None) -> bool:
        try:
            cfg = change(read_config(path)[0])
        except (CheckpointError, ConfigError) as exc:
            self._failed(as_message(exc))
            return False
        ok = self.state.start_run(cfg, resume_from=path if resume else None, init_weights=init_weights)
        if not ok:
            self.failed.emit(
                lambda: self.tr("A run is in progress."), lambda: self.tr("Wait for it to end, or stop it.")
            )
            return False
        self.started.emit(what)
        self.update_buttons()
        return True

    def _failed(self, message: Message) -> None:
        self.failed.emit(
            lambda: say(message), lambda: self.tr("Refresh the list, or start a new run on the Train tab.")
        )

    # -- fine-tuning targets ----------------------------------------------------------------------------------
    def targets(self, run: RunSummary) -> list[data.DatasetSpec]:
        """Datasets whose images and classes fit the run's network: same channels, size and class count."""
        try:
            source = data.get_spec(run.dataset)
        except data.DatasetError:
            return []
        shape = (source.channels, source.image_size, source.num_classes)
        return [
            spec
            for spec in data.list_datasets()
            if spec.name != run.dataset
            and spec.name != "folder"  # an image folder is chosen on the Train tab, with its own size
            and (spec.channels, spec.image_size, spec.num_classes) == shape
        ]

    def _fill_finetune_menu(self) -> None:
        self.finetune_menu.clear()
        run = self._one()
        specs = self.targets(run) if run else []
        for spec in specs:
            where = data.availability(spec.name, self.state.data_root)
            action = self.finetune_menu.addAction(f"{core_tr(spec.title)} ({core_tr(where)})")
            action.setObjectName(f"finetune_{spec.name}")
            action.triggered.connect(lambda _checked=False, name=spec.name: self.finetune(name))
        if not specs:
            self.finetune_menu.addAction(self.tr("No other dataset has images and classes of this shape")).setEnabled(
                False
            )
