""" "Teach it my handwriting": fine-tune the chosen digit model on the digits collected in Collect mode.

One button: the fine-tuning (core.finetune: a normal training run, mixed with MNIST so it does not forget) runs as
a long task on the app's task service with a progress bar and can be stopped; the result says how many of your
held-out digits the model read right before and after (or that they are too few to measure), and the new run
becomes the current model and appears in the Runs tab at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.card import load_model
from core.data import my_digits
from core.predict_files import BUNDLED_MODEL
from core.finetune import FinetuneCancelled, FinetuneResult, FinetuneSettings, finetune_my_digits
from gui.jobs import Jobs
from gui.widgets.live_text import LiveText
from gui.state import AppState, ModelSource
from gui.widgets.retranslating import Retranslating
from core.messages import Message
from gui.messages import say

MIN_DIGITS = 10  # fewer cannot be split into digits to learn from and digits to check on


class TeachPanel(Retranslating, QWidget):
    taught = Signal(object)  # FinetuneResult

    def __init__(self, state: AppState, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teachPanel")
        self.state, self.jobs = state, jobs
        self._task = None  # the fine-tune under way: a long task on the app's task service
        self.settings = FinetuneSettings()  # the run's length and recipe (tests shorten it)
        self.last_result: FinetuneResult | None = None
        self.button = QPushButton(self, objectName="teachButton")
        self.button.clicked.connect(self.toggle)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar(self, objectName="teachProgress", visible=False)
        self.result_label = QLabel(self, objectName="teachResult", wordWrap=True)
        self.result = LiveText(self.result_label.setText)  # written again from the result after a switch
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Stop teaching") if self._task is not None else self.tr("Teach it my handwriting"))
        self.button.setToolTip(
            self.tr(
                "Fine-tune the chosen digit model on the digits you collected, mixed with MNIST so that it does "
                "not forget everyone else's. A fifth of each digit (at least two) is kept aside to check on. "
                "About half a minute; the result is saved as a new run and used at once."
            )
        )
        self.result.retranslate()

    @property
    def running(self) -> bool:
        return self._task is not None and self.state.tasks.is_active(self._task)

    def toggle(self) -> None:
        """Start teaching, or stop the teaching under way."""
        if self.running:
            self.state.tasks.cancel(self._task)  # finished epochs stay in the run folder
            self.result.show(lambda: self.tr("Stopping…"))
            return
        model, root = self.state.model, self.state.data_root
        card = model.card if model is not None else None
        digit_model = card is not None and card.digit_like and card.num_classes == 10
        collected = sum(my_digits.counts(root).values())
        if collected < MIN_DIGITS:
            self.result.show(
                lambda: self.tr(
                    "Collect at least {n} digits first (you have {k}): some to learn from, some to check on."
                ).format(n=MIN_DIGITS, k=collected)
            )
            return
        # a model of clothes or photos cannot learn digits: the bundled digit model does, read on the task
        base = (model.model, card) if digit_model else None
        runs_root, settings = self.state.runs_root, self.settings
        self._task = self.state.tasks.submit(
            "teach",
            "teach",
            lambda ctx: _teach(
                root,
                base=base or load_model(BUNDLED_MODEL),
                runs_root=runs_root,
                settings=settings,
                on_progress=ctx.progress,
                control=ctx.control,
            ),
            self._done,
            self._failed,
            on_progress=self._show_progress,
            kind="finetune",
        )
        if self._task is None:
            self.result.show(lambda: self.tr("A run is training: teach it once that run has ended."))
            return
        self.retranslate()  # the button reads "Stop teaching"
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.result.show(
            lambda: (
                self.tr("Teaching it your {k} digits…").format(k=collected)
                if digit_model
                else self.tr("Teaching the bundled digit model your {k} digits…").format(k=collected)
            )
        )

    def _show_progress(self, done: int, total: int, _message: str = "") -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self.button.setText(self.tr("Teach it my handwriting"))
        self.progress.setVisible(False)

    def _done(self, result: FinetuneResult | FinetuneCancelled) -> None:
        self._finish()
        if isinstance(result, FinetuneCancelled):
            return self._stopped(result)
        self.last_result = result
        self.result.show(lambda: self._result_text(result))
        self.state.refresh_run(result.run_dir)  # listed in Runs and the model chooser at once
        self.state.load_model(ModelSource("run", result.run_dir))
        self.taught.emit(result)

    def _result_text(self, result: FinetuneResult) -> str:
        mnist = self.tr("MNIST: {mb:.1f} % → {ma:.1f} %").format(
            mb=100 * result.mnist_before, ma=100 * result.mnist_after
        )
        saved = self.tr("Saved as a new run, now in use: {name}.").format(name=result.run_dir.name)
        few = result.too_few
        if few is not None:
            digits = self.tr(", ").join(str(d) for d, _ in few.short)  # a list's separator, in the user's language
            measured = self.tr(
                "It learnt from all your {k} digits, but they are too few to measure how well it reads them: "
                "draw at least {need} of each digit you collect (fewer of: {digits}), so that two of each can be "
                "kept aside to check on."
            ).format(k=result.trained_on, need=few.needed, digits=digits)
        else:
            measured = self.tr(
                "It learnt from {t} of your digits and kept {n} aside to check on: it read {b:.0f} % of those "
                "right before and {a:.0f} % after."
            ).format(t=result.trained_on, n=result.held_out, b=100 * result.before, a=100 * result.after)
        return self.tr("{measured} ({mnist}) {saved}").format(measured=measured, mnist=mnist, saved=saved)

    def _stopped(self, stop: FinetuneCancelled) -> None:
        if stop.run_dir is None:
            self.result.show(lambda: self.tr("Stopped before the first epoch ended: nothing was saved."))
            return
        self.result.show(
            lambda: self.tr("Stopped after epoch {epoch}: {name} keeps it; resume it in the Runs tab.").format(
                epoch=stop.saved_epoch, name=stop.run_dir.name
            )
        )
        self.state.refresh_run(stop.run_dir)

    def _failed(self, message: Message) -> None:
        self._finish()
        self.result.show(lambda: say(message))


def _teach(data_root: Path, **kwargs) -> FinetuneResult | FinetuneCancelled:
    """The job: a stop is a result to show (which epochs were kept), not an error."""
    try:
        return finetune_my_digits(data_root, **kwargs)
    except FinetuneCancelled as stop:
        return stop
