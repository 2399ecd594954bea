"""The guided panel of a lesson: its text, then its numbered steps with the current one marked. A step with
a check ticks by itself when the app state reports it met (a run finished, a setting changed), and so do the
steps without a check before it; the student's Next step button ticks the current one. It reads the app
state only: the settings through ``settingsChanged``, the run through the session's signals.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMargins, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from core.lesson_checks import Check
from core.lessons import Lesson
from core.printable import printable
from gui.i18n import language as window_language
from gui.state import AppState, TrainSettings
from gui.messages import say
from gui.widgets.into_view import bring_into_view
from gui.widgets.retranslating import Retranslating

WEB_SCHEMES = ("http", "https")  # the only links a lesson may open
MARKS = {"done": "✔", "current": "➜", "todo": "○"}
# rich text, not style sheets or set fonts: the labels keep following the application's font (projector mode)
STEP_LOOKS = {
    "done": "<span style='color:#2e7d32'>{}</span>",
    "current": "<b>{}</b>",
    "todo": "<span style='color:#5f6368'>{}</span>",
}


def language() -> str:
    """The language the window speaks now: "en" or "zh_CN" (the lesson's text follows it)."""
    return window_language().code


class LessonPanel(Retranslating, QWidget):
    closeRequested = Signal()
    stepTicked = Signal(int)  # 0-based index of the step just done

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="lessonPanel")
        self.state = state
        self.lesson: Lesson | None = None
        self.done: list[bool] = []
        self.title = QLabel(self, objectName="lessonTitle", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text = QLabel(self, objectName="lessonText", wordWrap=True, textFormat=Qt.TextFormat.MarkdownText)
        self.text.setOpenExternalLinks(False)  # a lesson file is anyone's: links go through open_link
        self.text.linkActivated.connect(self.open_link)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.steps_title = QLabel(self, objectName="lessonStepsTitle", textFormat=Qt.TextFormat.RichText)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(6)
        self.rows: list[tuple[QLabel, QLabel]] = []
        self.status = QLabel(self, objectName="lessonStatus", wordWrap=True)
        self.next_button = QPushButton(self, objectName="lessonNext")
        self.close_button = QPushButton(self, objectName="lessonClose")
        self.next_button.clicked.connect(self.next_step)
        self.close_button.clicked.connect(self.closeRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self, contentsMargins=QMargins(8, 8, 8, 8))
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.steps_title)
        layout.addLayout(self.steps_box)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for signal in (state.runStarted, state.epochEnded, state.runFinished):
            signal.connect(self._on_event)
        state.settingsChanged.connect(self._on_settings)
        self.retranslate()

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Mark this step as done and go on to the next one."))
        self.close_button.setText(self.tr("Close lesson"))
        self.close_button.setToolTip(
            self.tr("End the lesson: every setting is shown again, with the values it has now.")
        )
        if self.lesson is not None:
            self._show_texts()

    def open_link(self, url: str) -> bool:
        """Only web links open, and only after the window says where they go; file: and the rest never do."""
        target = QUrl(url)
        if target.scheme().lower() not in WEB_SCHEMES or not target.host():
            QMessageBox.information(
                self,
                self.tr("Link not opened"),
                self.tr("Only web links (http, https) open from a lesson. This link was not opened: {url}").format(
                    url=printable(url, limit=300)
                ),
            )
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Open a web page?"),
            self.tr("This link opens {url} in your web browser. Open it?").format(
                url=printable(target.toDisplayString(), limit=300)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes and QDesktopServices.openUrl(target)

    # -- showing a lesson ---------------------------------------------------------------------------------------
    @property
    def current(self) -> int | None:
        """The index of the first step not done yet; None when all are done (or no lesson is open)."""
        return next((i for i, done in enumerate(self.done) if not done), None)

    def show_lesson(self, lesson: Lesson | None) -> None:
        self.lesson = lesson
        self.done = [False] * len(lesson.steps) if lesson else []
        for number, _text in self.rows:
            row = number.parentWidget()
            self.steps_box.removeWidget(row)
            row.setParent(None)  # gone now, not at the next turn of an event loop (deleteLater)
        self.rows = []
        if lesson is None:
            return
        for i in range(len(lesson.steps)):
            row = QWidget(self, objectName=f"lessonStep{i + 1}")
            box = QHBoxLayout(row, contentsMargins=QMargins(0, 0, 0, 0))
            number = QLabel(row, objectName="mark", textFormat=Qt.TextFormat.RichText)
            text = QLabel(row, wordWrap=True, objectName="text", textFormat=Qt.TextFormat.RichText)
            box.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
            box.addWidget(text, 1)
            self.steps_box.addWidget(row)
            self.rows.append((number, text))
        self.steps_title.setVisible(bool(lesson.steps))
        self._show_texts()
        bring_into_view(self.title)  # a new lesson starts at its title, wherever the last one was scrolled to
        self._check_settings()

    def _show_texts(self) -> None:
        """The lesson's own words in the window's language (a lesson file holds English and Chinese)."""
        self.title.setText(f"<h3>{escape(self.lesson.title_for(language()), quote=False)}</h3>")
        self.text.setText(self.lesson.text_for(language()).strip())
        steps = self.tr("Steps")  # (tr outside the f-string: lupdate reads only plain calls)
        self.steps_title.setText(f"<b>{escape(steps, quote=False)}</b>")
        self._refresh()

    def _refresh(self) -> None:
        current = self.current
        for i, (number, text) in enumerate(self.rows):
            kind = "done" if self.done[i] else "current" if i == current else "todo"
            number.setText(STEP_LOOKS[kind].format(f"{MARKS[kind]}&nbsp;{i + 1}."))
            text.setText(STEP_LOOKS[kind].format(escape(self.lesson.steps[i].text_for(language()), quote=False)))
            number.parentWidget().setProperty("state", kind)
            check = self.lesson.steps[i].check
            tip = self.tr("Ticks by itself when: {check}").format(check=say(check.message)) if check else ""
            text.setToolTip(tip or self.tr("Press Next step when you have done this."))
        finished = self.lesson is not None and current is None
        self.next_button.setEnabled(current is not None)
        self.status.setText(self.tr("Lesson complete: well done!") if finished and self.rows else "")

    # -- ticking steps --------------------------------------------------------------------------------------------
    def next_step(self) -> None:
        """The student says the current step is done."""
        if self.current is not None:
            self._tick_through(self.current)

    def _next_check(self) -> tuple[int, Check] | None:
        """The first step from the current one on that has a check. When it is met, the steps without a check
        before it are done too: a run that finished shows that "press Start" was done."""
        start = self.current
        if start is None:
            return None
        return next(((i, s.check) for i, s in enumerate(self.lesson.steps) if i >= start and s.check), None)

    def _tick_through(self, index: int) -> None:
        for i in range(self.current, index + 1):
            self.done[i] = True
            self.stepTicked.emit(i)
        self._refresh()
        self._show_current_step()
        self._check_settings()  # the next step may ask for a setting that is already so

    def _show_current_step(self) -> None:
        """Once a step is done, the current one and Next step (or "Lesson complete") in the panel's view: a long
        lesson text pushes the steps below a projector's fold. Folded, the panel does it when it shows again."""
        current = self.current
        row = self.rows[current][0].parentWidget() if current is not None else self.status
        bring_into_view(self.next_button, row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if any(self.done):  # unfolded after steps ticked by themselves
            self._show_current_step()

    def _on_event(self, event: object) -> None:
        pending = self._next_check()
        if pending and pending[1].met_by_event(event):
            self._tick_through(pending[0])

    def _on_settings(self, settings: TrainSettings) -> None:
        self._check_settings(settings)

    def _check_settings(self, settings: TrainSettings | None = None) -> None:
        settings = settings or self.state.train_settings
        pending = self._next_check()
        if pending and settings is not None and pending[1].met_by_settings(dict(settings.values)):
            self._tick_through(pending[0])
