"""Walk docs/teaching.md on a real X screen as a teacher would: a first launch on a fresh settings file (the window
sizes itself, nothing maximised by hand), projector mode, then each step of the 45-minute plan, in English or
Chinese. At each step it checks that what the guide points at is on screen without scrolling (sideways or down,
the page or the part of it the target sits in), that no text is cut and that no tab page scrolls sideways, saves
a screenshot of the whole screen and prints one line.

    Xvfb :22 -screen 0 1024x768x24 & DISPLAY=:22 openbox &
    DISPLAY=:22 QT_QPA_PLATFORM=xcb CNN_PLAYGROUND_DATA=... uv run python bench/walk_teaching.py --language zh_CN

Runs are cut to a few thousand images (``--images``) so the walk takes minutes; the guide's accuracies come from
bench/screenshots_lessons.py, not from here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("teaching_walk_")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QTableWidget, QWidget  # noqa: E402

from gui.app import create_app  # noqa: E402
from gui.widgets.focus_view import focus_view_of  # noqa: E402

sys.path.insert(0, str(ROOT))
from tests.gui.text_room import cut_texts  # noqa: E402


def pump(until, timeout: float = 900) -> None:
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def settle(seconds: float = 1.0) -> None:
    pump(lambda: False, seconds)


class Walk:
    def __init__(self, win, out: Path, tag: str):
        self.win, self.out, self.tag, self.count, self.problems = win, out, tag, 0, 0

    def on_screen(self, widget) -> bool:
        """Visible and, left to right, on the screen and in the tab page's view: reached without scrolling sideways
        (scrolling down is allowed: ``below_fold`` says where it is needed)."""
        if widget is None or not widget.isVisible():
            return False
        middle = widget.mapToGlobal(widget.rect().center())
        page = self.win.tabs.currentWidget()
        left, right = page.mapToGlobal(page.rect().topLeft()).x(), page.mapToGlobal(page.rect().topRight()).x()
        screen = self.win.screen().geometry()
        in_page = left <= middle.x() <= right or not page.isAncestorOf(widget)  # the lesson panel is beside it
        return screen.left() <= middle.x() <= screen.right() and in_page

    def below_fold(self, widget) -> bool:
        """Its middle is under the tab page's (or the screen's) bottom edge, or outside the scroll area it sits in
        (under its bottom, or scrolled away above its top): the class would have to scroll to it."""
        if widget is None or not widget.isVisible():
            return False
        page = self.win.tabs.currentWidget()
        bottom = min(page.mapToGlobal(page.rect().bottomLeft()).y(), self.win.screen().geometry().bottom())
        top = -(10**6)
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and area is not widget:
            view = area.viewport()
            bottom = min(bottom, view.mapToGlobal(view.rect().bottomLeft()).y())
            top = view.mapToGlobal(view.rect().topLeft()).y()
        return not top <= widget.mapToGlobal(widget.rect().center()).y() <= bottom

    def step(self, name: str, *targets, rows_of: QTableWidget | None = None) -> None:
        """``rows_of``: a table whose every row must be in its view too."""
        settle()
        self.count += 1
        page = self.win.tabs.currentWidget()
        cut = cut_texts(page) + cut_texts(self.win.lessons)
        missing = [t.objectName() or type(t).__name__ for t in targets if not self.on_screen(t)]
        if rows_of is not None:
            view = rows_of.viewport().rect()
            rows = [
                r for r in range(rows_of.rowCount()) if not view.contains(rows_of.visualItemRect(rows_of.item(r, 0)))
            ]
            missing += [f"{rows_of.objectName()} row {rows_of.item(r, 0).text()}" for r in rows]
        missing += [f"{t.objectName() or type(t).__name__} (below the fold)" for t in targets if self.below_fold(t)]
        frame, screen = self.win.frameGeometry(), self.win.screen().availableGeometry()
        fits = screen.adjusted(-2, -2, 2, 2).contains(frame)  # a window manager may place a frame a pixel off
        path = self.out / f"walk_{self.tag}_{self.count:02d}.png"
        self.win.screen().grabWindow(0).save(str(path))  # the whole screen: window frame and all
        ok = not cut and not missing and fits
        self.problems += not ok
        where = "" if fits else f" OFF-SCREEN {frame.getRect()} in {screen.getRect()}"
        print(f"{'ok ' if ok else 'BAD'} {self.tag} {self.count:02d} {name}: window {frame.width()}x{frame.height()}"
              f"{where}; {path.name}", flush=True)  # fmt: skip
        for line in cut + [f"not on screen: {m}" for m in missing]:
            print("      ", line, flush=True)


def current_step(win) -> QWidget:
    """The lesson panel's current step (or its "Lesson complete" line): what the teacher reads next."""
    lesson = win.lessons.panel
    return lesson.rows[lesson.current][0].parentWidget() if lesson.current is not None else lesson.status


def run_to_end(win, images: int) -> None:
    ended = []
    win.state.runFinished.connect(ended.append)
    win.config_panel.set_values(dict(train_subset=images))
    win.train.start()
    pump(lambda: bool(ended))
    pump(lambda: win.config_panel.isEnabled(), 10)
    win.state.runFinished.disconnect(ended.append)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--images", type=int, default=3000, help="training images per run")
    parser.add_argument("--out", type=Path, default=TMP)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    create_app(sys.argv[:1])
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "first.ini"), QSettings.IniFormat))  # a first launch
    win.confirm_close = False
    win.show()
    settle(3)
    walk, tag = Walk(win, args.out, args.language[:2]), args.language[:2]
    walk.step("first launch: the window fits the screen", win.train.buttons["start"])
    win.classroom.projector_action.trigger()  # View > Projector mode
    win.set_language(args.language)
    walk.step("projector mode, language", win.train.buttons["start"])
    lessons, panel = win.lessons.menu_actions(), win.config_panel
    table = win.train.findChild(QTableWidget, "summaryTable")

    lessons[0].trigger()  # 0:00 LeNet learns clothes
    pump(lambda: panel.summary.summary is not None and table.rowCount() > 0, 60)
    walk.step("lesson 1 open: the layer table under the settings", table, win.train.buttons["start"])
    win.lessons.fold.set_folded(True)  # the guide: fold the lesson panel while it trains, the curves get its width
    run_to_end(win, args.images)
    walk.step("lesson 1 trained, lesson folded: curves and answers", win.train.plots.loss_plot, win.train.samples)
    win.lessons.fold.set_folded(False)
    walk.step("lesson 1 unfolded: its steps ticked by themselves", win.train.buttons["start"], current_step(win))
    win.tabs.setCurrentWidget(win.evaluate)
    pump(lambda: win.evaluate.confusion.isVisible(), 30)
    walk.step("Evaluate: the confusion matrix", win.evaluate.confusion)

    lessons[1].trigger()  # 0:13 sigmoid or LeakyReLU
    run_to_end(win, args.images)
    walk.step("lesson 2: the sigmoid run", win.train.plots.loss_plot)
    combo = win.findChild(QComboBox, "activationCombo")
    walk.step("lesson 2: Activation and Learning rate in sight", combo, panel.widgets["lr"], current_step(win))
    combo.setCurrentIndex(combo.findData("leakyrelu"))
    panel.widgets["lr"].setValue(0.1)
    run_to_end(win, args.images)
    walk.step("lesson 2: the LeakyReLU run over the faint sigmoid one", win.train.plots.loss_plot)

    lessons[6].trigger()  # 0:23 a learning rate that is too high
    run_to_end(win, args.images)
    walk.step("lesson 7: diverged, the message says what to do", win.train.message_bar, panel.widgets["lr"])
    panel.widgets["lr"].setValue(0.01)
    run_to_end(win, args.images)
    walk.step("lesson 7: repaired with 0.01", win.train.plots.loss_plot)

    lessons[2].trigger()  # 0:31 one 5x5 or two 3x3
    pump(lambda: panel.summary.summary is not None, 60)
    arch = win.findChild(QComboBox, "archCombo")
    walk.step("lesson 3: the layer table and the Network choice", table, arch)
    arch.setCurrentIndex(arch.findData("lenet3x3"))
    pump(lambda: panel.summary.summary is not None and table.rowCount() > 0, 60)
    walk.step("lesson 3: the deeper 3x3 LeNet's layers and receptive field", table)
    focus = focus_view_of(table.parentWidget())  # the guide: Enlarge the table to read every row (conv4)
    focus.enlarge()
    walk.step("lesson 3: the layer table enlarged, every row in view", table, rows_of=table)
    focus.put_back()

    win.tabs.setCurrentWidget(win.predict)  # 0:38 draw, and look inside
    walk.step("Draw & predict: the canvas", win.predict.findChild(QWidget, "drawCanvas"))
    win.tabs.setCurrentWidget(win.inside)
    walk.step("Inside the network: layers, filters, feature maps", win.inside.tabs)

    from gui.lessons.lesson_editor import LessonEditor  # 0:43 save the window as a lesson

    editor = LessonEditor(win.lessons.lesson, args.language.startswith("zh"), True, win)
    editor.show()
    settle(2)
    walk.count += 1
    fits = win.screen().availableGeometry().contains(editor.frameGeometry())
    path = args.out / f"walk_{tag}_{walk.count:02d}.png"
    win.screen().grabWindow(0).save(str(path))
    cut = cut_texts(editor)
    walk.problems += bool(cut) or not fits
    print(f"{'ok ' if fits and not cut else 'BAD'} {tag} {walk.count:02d} Save window as lesson: the editor "
          f"{editor.frameGeometry().width()}x{editor.frameGeometry().height()}; {path.name}", flush=True)  # fmt: skip
    for line in cut:
        print("      ", line, flush=True)
    editor.close()
    win.set_language("en")
    win.close()
    win.wait_for_tasks(30)
    print(f"{walk.problems} steps with problems of {walk.count}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
