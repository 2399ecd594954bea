"""Save window as lesson: the teacher writes the lesson in both languages (title, text, each step), orders its
steps, picks what ticks each one, and chooses whether the settings are those the lesson set up or those on show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.lesson_checks import parse_check
from core.lessons import Lesson, LessonStep
from gui.lessons.lesson_panel import language
from gui.lessons.step_condition import ConditionEdit
from gui.widgets.retranslating import Retranslating

DRAFT = Qt.ItemDataRole.UserRole


@dataclass
class StepDraft:
    text: str = ""
    text_zh: str = ""
    check: str | None = None


class Words(QWidget):
    """A title and a text in one language."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLineEdit(objectName=f"lessonTitle_{name}")
        self.text = QPlainTextEdit(objectName=f"lessonText_{name}")
        self.title_label, self.text_label = QLabel(), QLabel()
        form = QFormLayout(self)
        form.addRow(self.title_label, self.title)
        form.addRow(self.text_label, self.text)


class LessonEditor(Retranslating, QDialog):
    def __init__(self, draft: Lesson, zh_first: bool, lesson_open: bool, parent: QWidget | None = None):
        super().__init__(parent, objectName="lessonEditor")
        self._lesson_open = lesson_open
        self.english, self.chinese = Words("en"), Words("zh")
        self.english.title.setText(draft.title)
        self.english.text.setPlainText(draft.text)
        self.chinese.title.setText(draft.title_zh)
        self.chinese.text.setPlainText(draft.text_zh)
        self.languages = QTabWidget(objectName="lessonLanguages")
        self.languages.addTab(self.english, "English")  # each language by its own name
        self.languages.addTab(self.chinese, "中文")
        self.languages.setCurrentIndex(1 if zh_first else 0)

        self.steps = QListWidget(objectName="lessonSteps")
        self.steps.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.steps.model().rowsMoved.connect(self._number)
        for step in draft.steps:
            self._add(StepDraft(step.text, step.text_zh, step.check.source if step.check else None))
        self.buttons = {name: QPushButton(objectName=f"step_{name}") for name in ("add", "remove", "up", "down")}
        self.buttons["add"].clicked.connect(lambda: self._add(StepDraft(), select=True))
        self.buttons["remove"].clicked.connect(self._remove)
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.step_text, self.step_text_zh = QLineEdit(objectName="stepText"), QLineEdit(objectName="stepTextZh")
        self.condition = ConditionEdit()
        self.step_form = QFormLayout()
        self.condition_label = QLabel()
        self.step_form.addRow("English", self.step_text)  # each language by its own name
        self.step_form.addRow("中文", self.step_text_zh)
        self.step_form.addRow(self.condition_label, self.condition)
        self.step_text.textChanged.connect(self._step_edited)
        self.step_text_zh.textChanged.connect(self._step_edited)
        self.condition.changed.connect(self._step_edited)
        self.steps.currentItemChanged.connect(self._show_step)

        self.compare = QCheckBox(objectName="lessonCompare", checked=draft.compare)
        self.as_set_up, self.as_now = QRadioButton(checked=True), QRadioButton()
        self.settings_box = QGroupBox(objectName="lessonSettingsChoice", visible=lesson_open)
        choice = QVBoxLayout(self.settings_box)
        choice.addWidget(self.as_set_up)
        choice.addWidget(self.as_now)
        self.problem = QLabel(objectName="lessonEditorProblem", wordWrap=True, visible=False)
        self.problem.setStyleSheet("color: #b00020;")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        if self.steps.count():
            self.steps.setCurrentRow(0)
        self._show_step(self.steps.currentItem())
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry())

    def _layout(self) -> None:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_box = QGroupBox()
        steps = QVBoxLayout(self.steps_box)
        steps.addWidget(self.steps, 1)
        steps.addLayout(row)
        steps.addLayout(self.step_form)
        left = QVBoxLayout()  # the words beside the steps: a projector's 1024x768 has more width than height
        left.addWidget(self.languages, 1)
        left.addWidget(self.compare)
        left.addWidget(self.settings_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.steps_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.box)

    def fit_to(self, room: QRect) -> None:
        """As large as useful, within ``room`` (the screen's free area)."""
        self.resize(min(1000, room.width() - 24), min(640, room.height() - 48))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save window as lesson"))
        for words in (self.english, self.chinese):
            words.title_label.setText(self.tr("Title"))
            words.text_label.setText(self.tr("Text"))
            words.text.setToolTip(self.tr("Markdown: **bold**, *italic*, an empty line between paragraphs."))
        self.chinese.title.setPlaceholderText(self.tr("The title for Chinese classes (optional)"))
        self.steps_box.setTitle(self.tr("Steps (drag to reorder)"))
        words = {"add": self.tr("Add step"), "remove": self.tr("Remove"), "up": self.tr("Up"), "down": self.tr("Down")}
        for name, button in self.buttons.items():
            button.setText(words[name])
        self.condition_label.setText(self.tr("Ticks itself"))
        self.compare.setText(self.tr("Compare with the previous run"))
        self.compare.setToolTip(self.tr("Draw the previous run under the live one (a lesson that compares)"))
        self._number()
        self.settings_box.setTitle(self.tr("Settings to save"))
        self.as_set_up.setText(self.tr("As the lesson set them up"))
        self.as_set_up.setToolTip(self.tr("As the lesson set them up, before the class changed them"))
        self.as_now.setText(self.tr("As they are now"))
        self.as_now.setToolTip(self.tr("With the changes made during the lesson"))

    # -- steps ----------------------------------------------------------------------------------------------------
    def _add(self, step: StepDraft, select: bool = False) -> None:
        item = QListWidgetItem()
        item.setData(DRAFT, step)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.steps.addItem(item)
        self._number()
        if select:
            self.steps.setCurrentItem(item)
            self.step_text.setFocus()

    def _remove(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)
            self._number()
            self._show_step(self.steps.currentItem())

    def _move(self, by: int) -> None:
        row = self.steps.currentRow()
        if 0 <= row + by < self.steps.count() and row >= 0:
            item = self.steps.takeItem(row)
            self.steps.insertItem(row + by, item)
            self.steps.setCurrentRow(row + by)
            self._number()

    def _number(self, *_) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            step = item.data(DRAFT)
            text = (step.text_zh or step.text) if language().startswith("zh") else (step.text or step.text_zh)
            item.setText(f"{row + 1}. {text}")

    def _show_step(self, item: QListWidgetItem | None, *_) -> None:
        step = item.data(DRAFT) if item is not None else None
        for widget in (self.step_text, self.step_text_zh, self.condition):
            widget.setEnabled(step is not None)
        self.buttons["remove"].setEnabled(step is not None)
        for widget in (self.step_text, self.step_text_zh, self.condition):
            widget.blockSignals(True)
        self.step_text.setText(step.text if step else "")
        self.step_text_zh.setText(step.text_zh if step else "")
        for line in (self.step_text, self.step_text_zh):
            line.setCursorPosition(0)  # a long step shows its beginning, not its last words
        self.condition.set_source(step.check if step else None)
        self.condition.show_problem("")
        for widget in (self.step_text, self.step_text_zh, self.condition):
            widget.blockSignals(False)

    def _step_edited(self) -> None:
        item = self.steps.currentItem()
        if item is not None:
            item.setData(DRAFT, StepDraft(self.step_text.text(), self.step_text_zh.text(), self.condition.source()))
            self._number()
            self.condition.show_problem(self.condition.problem_text())

    # -- the result -----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            super().accept()

    def _problem(self) -> str:
        if not (self.english.title.text().strip() or self.chinese.title.text().strip()):
            return self.tr("Give the lesson a title.")
        for row in range(self.steps.count()):
            step = self.steps.item(row).data(DRAFT)
            if not (step.text.strip() or step.text_zh.strip()):
                self.steps.setCurrentRow(row)
                return self.tr("Step {n} has no text: write it, or remove the step.").format(n=row + 1)
            found = self.condition.problem_of(step.check)
            if found:
                self.steps.setCurrentRow(row)  # the faulty step on show, with its sentence under its check
                self.condition.show_problem(found)
                return self.tr("Step {n}: {problem}").format(n=row + 1, problem=found)
        return ""

    def lesson(self, base: Lesson) -> Lesson:
        """``base`` (settings, preset, shown) with the words, steps and comparison written here. A text in one
        language only is used for both: a lesson file needs the English."""
        en_title, zh_title = self.english.title.text().strip(), self.chinese.title.text().strip()
        en_text, zh_text = self.english.text.toPlainText().strip(), self.chinese.text.toPlainText().strip()
        steps = []
        for row in range(self.steps.count()):
            step = self.steps.item(row).data(DRAFT)
            text, text_zh = step.text.strip() or step.text_zh.strip(), step.text_zh.strip()
            steps.append(LessonStep(text, text_zh, parse_check(step.check) if step.check else None))
        return replace(
            base,
            title=en_title or zh_title,
            title_zh=zh_title,
            text=en_text or zh_text or en_title or zh_title,
            text_zh=zh_text,
            steps=tuple(steps),
            compare=self.compare.isChecked(),
        )

    def keep_set_up(self) -> bool:
        """Save the settings the lesson set up (True), or those on show now."""
        return self._lesson_open and self.as_set_up.isChecked()
