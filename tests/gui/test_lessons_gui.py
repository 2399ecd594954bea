"""Lessons in the window: opening one sets up the Train tab and shows only its settings, its steps tick when a
run finishes or a setting changes, closing shows every setting again, and the window saves as a lesson."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget

from core.events import RunFinished
from core.lessons import bundled_lessons, load_lesson
from gui.lessons.lesson_editor import LessonEditor

TINY_RUN_LESSON = """title = "Tiny"
text = "A *tiny* run."
shown = ["epochs", "lr"]

[settings]
dataset = "shapes"
arch = "lenet"
epochs = 1
batch_size = 64
train_subset = 320
lr = 0.003

[[steps]]
text = "Look at the layer table"

[[steps]]
text = "Press Start"
check = "a run finished"

[[steps]]
text = "Set the learning rate to 0.01"
check = "lr == 0.01"

[[steps]]
text = "Look at the curves"
"""


def lesson_titled(word: str):
    return next(lesson for lesson in bundled_lessons() if word in lesson.title)


def open_file(qtbot, win, path) -> bool:
    """File > Open lesson: read and checked on a job; True when the lesson opened."""
    with qtbot.waitSignal(win.lessons.fileRead, timeout=10_000) as read:
        win.lessons.open_file(path)
    return read.args[0]


def steps_state(win) -> list[str]:
    return [row.parentWidget().property("state") for row, _ in win.lessons.panel.rows]


def test_opening_a_lesson_applies_its_settings_and_shows_only_its_controls(make_window, qtbot):
    win = make_window(device="cpu", batch_size=32)
    win.lessons.open_lesson(lesson_titled("Sigmoid"))
    panel = win.config_panel
    values = panel.values()
    assert (values["arch"], values["activation"], values["lr"], values["epochs"]) == ("lenet5", "sigmoid", 0.9, 3)
    assert values["batch_size"] == 256 and values["device"] == "cpu"  # the preset's batch; the computer's device
    assert win.lessons.isVisible() and "Sigmoid or LeakyReLU?" in win.lessons.panel.title.text()
    for name in ("activation", "lr", "epochs"):
        assert panel.widgets[name].isVisible(), name
    for name in ("batch_size", "optimizer", "dataset", "seed", "data_dir"):
        assert not panel.widgets[name].isVisible(), name
    assert steps_state(win) == ["current", "todo", "todo", "todo"]
    assert win.state.train_settings.shown == {"preset", "activation", "epochs", "lr"}


def test_a_setting_change_ticks_its_step_and_close_shows_every_control(make_window, qtbot):
    win = make_window()
    win.lessons.open_lesson(lesson_titled("Sigmoid"))
    win.findChild(QPushButton, "lessonNext").click()  # step 1 (a run) done by hand
    assert steps_state(win) == ["done", "current", "todo", "todo"]
    combo = win.findChild(QComboBox, "activationCombo")
    combo.setCurrentIndex(combo.findData("leakyrelu"))  # as the student picks it
    assert steps_state(win) == ["done", "done", "current", "todo"]
    win.config_panel.widgets["lr"].setValue(0.1)
    assert steps_state(win) == ["done", "done", "done", "current"]
    win.findChild(QPushButton, "lessonClose").click()
    assert not win.lessons.isVisible() and win.lessons.lesson is None
    for name in ("batch_size", "optimizer", "dataset", "seed", "activation"):
        assert win.config_panel.widgets[name].isVisible(), name
    assert win.config_panel.values()["activation"] == "leakyrelu"  # the values stay
    assert win.state.train_settings.shown is None


def test_a_step_ticks_when_a_tiny_run_finishes_then_on_a_setting(make_window, qtbot, tmp_path):
    path = tmp_path / "tiny.lesson"
    path.write_text(TINY_RUN_LESSON, encoding="utf-8")
    win = make_window()
    assert open_file(qtbot, win, path)
    assert steps_state(win) == ["current", "todo", "todo", "todo"]
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        assert win.train.start()
    assert isinstance(ended.args[0], RunFinished)
    assert steps_state(win) == ["done", "done", "current", "todo"]  # looking at the table came before the run
    win.config_panel.widgets["lr"].setValue(0.01)
    assert steps_state(win) == ["done", "done", "done", "current"]
    assert win.findChild(QPushButton, "lessonNext").isEnabled()
    win.findChild(QPushButton, "lessonNext").click()
    assert steps_state(win) == ["done", "done", "done", "done"]
    assert not win.findChild(QPushButton, "lessonNext").isEnabled()
    assert "complete" in win.lessons.panel.status.text()


def test_the_window_saves_as_a_lesson_that_opens_the_same(make_window, qtbot, tmp_path):
    win = make_window()
    inception = lesson_titled("Inception")
    win.lessons.open_lesson(inception)
    set_up = win.config_panel.config
    win.config_panel.set_values({"epochs": 4, "lr": 0.02})  # the class changes the settings during the lesson
    words = replace(inception, title="My inception", text="Changed text")
    kept = load_lesson(win.lessons.save(tmp_path / "kept", words))  # the default: what the lesson set up
    assert kept.config() == set_up.replace(device="auto") and kept.config().lr != 0.02
    saved = win.lessons.save(tmp_path / "mine", words, keep_set_up=False)  # or what is on show now
    assert saved.suffix == ".lesson"
    lesson = load_lesson(saved)
    assert lesson.config() == win.config_panel.config.replace(device="auto")
    assert set(lesson.shown) == set(win.state.train_settings.shown)
    assert lesson.preset == "inception-mnist" or lesson.settings["arch"] == "inception"
    assert lesson.steps == inception.steps and lesson.title_zh == inception.title_zh
    win.lessons.close_lesson()
    assert open_file(qtbot, win, saved) and win.config_panel.values()["lr"] == 0.02


def test_the_lesson_editor_writes_both_languages_and_the_steps(make_window, qtbot, tmp_path):
    win = make_window()
    lesson = lesson_titled("3x3")
    win.lessons.open_lesson(lesson)
    editor = LessonEditor(lesson, zh_first=True, lesson_open=True, parent=win)
    qtbot.addWidget(editor)
    assert editor.languages.currentIndex() == 1  # a Chinese interface starts on the Chinese words
    assert editor.chinese.title.text() == lesson.title_zh and editor.english.text.toPlainText() == lesson.text
    editor.chinese.title.setText("卷积核的大小")
    editor.steps.setCurrentRow(0)
    editor.buttons["remove"].click()  # the first step goes
    editor.buttons["add"].click()  # a new last step, ticked by a setting chosen from the lists
    qtbot.keyClicks(editor.step_text, "Use the Tanh activation")
    editor.step_text_zh.insert("改用 Tanh 激活函数")  # typed through an input method: no key events
    condition = editor.condition
    condition.kind.setCurrentIndex(condition.kind.findData("setting"))
    condition.subject.setCurrentIndex(condition.subject.findData("activation"))
    condition.op.setCurrentIndex(condition.op.findData("=="))
    qtbot.keyClicks(condition.value, "banana")
    editor.accept()  # a value the setting cannot take: the step says so, the dialog stays
    assert editor.result() != editor.DialogCode.Accepted and "Step 4" in editor.problem.text()
    assert condition.problem.isVisibleTo(editor) and condition.problem.text()
    condition.value.clear()
    qtbot.keyClicks(condition.value, "tanh")
    editor.buttons["up"].click()  # and it moves before the last of the lesson's steps
    editor.accept()
    assert editor.result() == editor.DialogCode.Accepted
    words = editor.lesson(lesson)
    path = win.lessons.save(tmp_path / "edited", words, editor.keep_set_up())
    again = load_lesson(path)
    assert again.title_for("zh_CN") == "卷积核的大小" and again.title_for("en") == lesson.title
    assert again.text_for("zh_CN") == lesson.text_zh.strip() and again.text_for("en") == lesson.text.strip()
    texts = [step.text for step in again.steps]
    assert texts == [s.text for s in lesson.steps[1:3]] + ["Use the Tanh activation", lesson.steps[3].text]
    assert (
        again.steps[2].text_for("zh_CN") == "改用 Tanh 激活函数" and again.steps[2].check.source == "activation == tanh"
    )
    assert [s.check for s in again.steps[:2]] == [s.check for s in lesson.steps[1:3]]
    reopened = LessonEditor(again, zh_first=False, lesson_open=False, parent=win)
    qtbot.addWidget(reopened)
    reopened.steps.setCurrentRow(2)  # the saved step shows its condition in the lists again
    assert reopened.condition.source() == "activation == tanh" and not reopened.settings_box.isVisibleTo(reopened)


def test_a_bad_lesson_file_says_what_is_wrong_and_changes_nothing(make_window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "bad.lesson"
    path.write_text('title = "x"\ntext = "y"\n[settings]\nlr = -1\n', encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    win = make_window()
    before = win.config_panel.values()
    assert not open_file(qtbot, win, path)
    assert "bad.lesson, line 4" in warnings[0] and "learning rate" in warnings[0]
    assert win.config_panel.values() == before and not win.lessons.isVisible()


def test_the_lessons_menu_lists_every_bundled_lesson(make_window, qtbot):
    win = make_window()
    (menu,) = [a.menu() for a in win.menuBar().actions() if a.text() == "&Lessons"]
    titles = [a.text() for a in menu.actions() if a.text()]
    assert len(titles) == len(bundled_lessons()) + 1 and titles[-1] == "&Close lesson"
    menu.actions()[2].trigger()
    assert win.lessons.lesson == bundled_lessons()[2]


def test_every_bundled_lesson_opens_with_its_settings_shown(make_window, qtbot):
    win = make_window()
    for lesson in bundled_lessons():
        win.lessons.open_lesson(lesson)
        rows = [w for w in win.lessons.panel.findChildren(QWidget) if w.objectName().startswith("lessonStep")]
        assert len(rows) == len(lesson.steps) + 1  # and the "Steps" title: the last lesson's rows are gone
        for name in lesson.shown:
            assert win.config_panel.widgets[name].isVisible(), (lesson.title, name)
        assert len(win.lessons.panel.rows) == len(lesson.steps)
        assert steps_state(win)[0] == "current"


def test_the_lesson_follows_a_live_switch_to_chinese(make_window, qtbot):
    win = make_window()
    lesson = lesson_titled("Residual")
    win.lessons.open_lesson(lesson)
    assert lesson.title in win.lessons.panel.title.text()
    try:
        win.set_language("zh_CN")
        qtbot.waitUntil(lambda: lesson.title_zh in win.lessons.panel.title.text(), timeout=5_000)
        assert lesson.steps[0].text_zh in win.lessons.panel.rows[0][1].text()
        assert "步骤" in win.lessons.panel.steps_title.text()
        assert lesson.title_zh in [a.text() for a in win.lessons.menu_actions()][4]
        assert win.findChild(QPushButton, "lessonNext").text() == "下一步"
    finally:
        win.set_language("en")
    qtbot.waitUntil(lambda: lesson.title in win.lessons.panel.title.text(), timeout=5_000)


def test_the_lesson_text_grows_with_projector_mode(make_window, qtbot):
    from PySide6.QtWidgets import QApplication

    win = make_window()
    win.lessons.open_lesson(lesson_titled("Residual"))
    labels = [win.lessons.panel.title, win.lessons.panel.text, *win.lessons.panel.rows[0]]
    before = [label.font().pointSizeF() for label in labels]
    try:
        win.state.theme.set_projector(True)
        app_pt = QApplication.font().pointSizeF()
        qtbot.waitUntil(lambda: all(label.font().pointSizeF() == app_pt for label in labels), timeout=5_000)
        assert all(app_pt > pt for pt in before)
    finally:
        win.state.theme.set_projector(False)
