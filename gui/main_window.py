"""The main window: the shell around the app state. It creates the state, one tab per task (Train, Draw &
predict, Evaluate, Inside the network, Tune, Runs) handed that state, the menus, and the one way to close.

``MainWindow()`` is the whole app: a script or a test that builds it gets every tab. Closing it, or dropping
it without closing, cancels every task (``AppState.shutdown``) without waiting; ``wait_for_tasks`` then joins the
workers within a bound, after the window has gone.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from core.checkpoint import CheckpointError
from core.warmup import warm_up
from gui.classroom import Classroom
from gui.desktop_shortcut import install_shortcut
from gui.design.design_tab import DesignTab
from gui.evaluate.evaluate_view import EvaluateView
from gui.i18n import LANGUAGES, language
from gui.widgets.live_text import LiveMessages
from gui.inside.inside_view import InsideView
from gui.lessons.lesson_dock import LessonDock
from gui.predict.predict_tab import PredictTab
from gui.runs.export_actions import ExportActions
from gui.runs.runs_tab import RunsTab
from gui.runs.sweep_view import SweepView
from gui.settings import AppSettings
from gui.state import AppState, ModelSource
from gui.train.train_tab import RUN_KEYS, SPLITTERS, TrainTab
from gui.widgets.code_view import CodeView, script_of_settings
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating
from gui.window_fit import place_on_screen
from gui.messages import say


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: QSettings | AppSettings | None = None, parent: QWidget | None = None):
        chosen = settings if isinstance(settings, AppSettings) else AppSettings(settings)
        # before the window exists: installing a language sends LanguageChange to every window, and this one
        # could not retranslate() half-built
        language().ensure(chosen.language)
        super().__init__(parent)
        self.settings = chosen
        self.confirm_close = os.environ.get("CNN_PLAYGROUND_NO_CONFIRM") != "1"  # tests set it False
        self.state = AppState(self.settings.data_dir, self.settings.runs_dir, parent=self)
        self._stop_threads = self.state.stopper()  # dropped without close(): the threads still stop
        self.train = TrainTab(self.state)
        self.design = DesignTab(self.state)
        self.predict = PredictTab(self.state)
        self.evaluate = EvaluateView(self.state)
        self.inside = InsideView(self.state)
        self.runs = RunsTab(self.state)
        self.tune = SweepView(self.state)
        self.tabs = QTabWidget(objectName="tabs", documentMode=True)
        for tab in (self.train, self.design, self.predict, self.evaluate, self.inside, self.tune, self.runs):
            self.tabs.addTab(tab, "")
        self.message_bar = MessageBar()
        self.messages = LiveMessages(self.message_bar)
        central = QWidget(objectName="central")
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.message_bar)
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.lessons = LessonDock(self.state, self)
        self.addDockWidget(Qt.RightDockWidgetArea, self.lessons)
        self.actions = dict(self.train.actions)
        for action in self.actions.values():
            self.addAction(action)
        self.model_export = ExportActions(self, self.state, list)  # File > Export current model
        self._build_menus()
        self.classroom = Classroom(self, self.menus["view"], self.menus["help"])
        self.lessons.lessonChanged.connect(self.classroom.lesson_changed)
        self.train.plots.log_check.toggled.connect(self.actions["log"].setChecked)
        # a run resumed, continued or fine-tuned from the Runs tab is watched where every run is: on Train
        self.runs.train_actions.started.connect(self.show_train_tab)  # bound: a lambda would keep the window alive
        self.design.trainRequested.connect(self.show_train_tab)
        self.state.designRequested.connect(self.show_design_tab)
        self.settings.restore_window(self, SPLITTERS)
        place_on_screen(self, restored=self.settings.geometry() is not None)  # a projector since: clamped
        self._closed = False
        self.destroyed.connect(self._stop_threads)
        # after the window shows: the bundled model, and the one-off imports of a first run (core.warmup)
        QTimer.singleShot(0, self._after_show)
        self.retranslate()

    def show_train_tab(self, *_args) -> None:
        self.tabs.setCurrentWidget(self.train)

    def show_code(self) -> CodeView | None:
        """File > Show the code: the script for the Train tab's settings."""
        cfg = self.state.current_config()
        if cfg is None:
            self.message_bar.show_message(
                "code", self.tr("The settings on the Train tab have a problem: fix it, then ask for the code again.")
            )
            return None
        view = CodeView(self.state, script_of_settings(cfg), self)
        view.show()
        return view

    def show_design_tab(self, *_args) -> None:
        self.tabs.setCurrentWidget(self.design)

    def _after_show(self) -> None:
        self.state.jobs("warm-up").submit("warm-up", warm_up)  # one-off imports, off the GUI thread
        self.state.load_model(ModelSource("bundled", self.predict.bundled_model))

    # -- building -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menus and their entries; their words are set in retranslate()."""
        self.actions["log"] = log = QAction(self, checkable=True)
        log.toggled.connect(self.train.plots.set_log_loss)
        own = {  # key -> (shortcut, slot): the window's own menu entries
            "open_run": (QKeySequence.Open, self.open_run_dialog),
            "open_lesson": (None, self.lessons.open_dialog),
            "save_lesson": (None, self.lessons.save_dialog),
            "export_png": (None, self.train.export_plots_dialog),
            "export_csv": (None, self.train.export_metrics_dialog),
            "export_model": (None, self.model_export.export_current_model),
            "show_code": (None, self.show_code),
            "quit": (QKeySequence.Quit, self.close),
            "reset_layout": (None, self.reset_layout),
            "close_lesson": (None, self.lessons.close_lesson),
            "shortcuts": (QKeySequence.HelpContents, self.show_shortcuts),
            "desktop_shortcut": (None, self.install_desktop_shortcut),
            "about": (None, self.show_about),
        }
        self.menu_actions: dict[str, QAction] = {}
        for key, (shortcut, slot) in own.items():
            action = self.menu_actions[key] = QAction(self, shortcut=QKeySequence(shortcut or QKeySequence()))
            action.triggered.connect(slot)
        entry = self.menu_actions
        menus = {
            "file": [
                *(entry[k] for k in ("open_run", "open_lesson", "save_lesson", "export_png", "export_csv")),
                entry["export_model"],
                entry["show_code"],
                None,
                entry["quit"],
            ],
            "run": [self.actions[k] for k in RUN_KEYS],
            "view": [log, entry["reset_layout"]],
            "lessons": [*self.lessons.menu_actions(), None, entry["close_lesson"]],
            "help": [entry["shortcuts"], entry["desktop_shortcut"], entry["about"]],
        }
        self.menus: dict[str, QMenu] = {}
        for key, entries in menus.items():
            menu = self.menus[key] = self.menuBar().addMenu("")
            if key == "view":
                self._add_language_menu(menu)
            for action in entries:
                menu.addAction(action) if action else menu.addSeparator()

    def _add_language_menu(self, view: QMenu) -> None:
        """View > Language: System / English / 中文, remembered, applied at once."""
        self.language_menu = menu = view.addMenu("")
        group = QActionGroup(self, exclusive=True)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, group, checkable=True)  # each language by its own name
            action.setChecked(code == self.settings.language)
            action.setData(code)
            menu.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(
            self._language_chosen
        )  # a bound slot: a lambda holding self would keep a dropped window alive
        view.addSeparator()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CNN Playground"))
        titles = (
            self.tr("Train"),
            self.tr("Design"),
            self.tr("Draw && predict"),
            self.tr("Evaluate"),
            self.tr("Inside the network"),
            self.tr("Tune"),
            self.tr("Runs"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        menu_titles = {
            "file": self.tr("&File"),
            "run": self.tr("&Run"),
            "view": self.tr("&View"),
            "lessons": self.tr("&Lessons"),
            "help": self.tr("&Help"),
        }
        for key, title in menu_titles.items():
            self.menus[key].setTitle(title)
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["system"].setText(self.tr("System"))
        self.actions["log"].setText(self.tr("&Loss on a log scale"))
        texts = {
            "open_run": self.tr("&Open run folder…"),
            "open_lesson": self.tr("Open &lesson…"),
            "save_lesson": self.tr("&Save window as lesson…"),
            "export_png": self.tr("Export plots as &PNG…"),
            "export_csv": self.tr("Export metrics as &CSV…"),
            "export_model": self.tr("Export current &model…"),
            "show_code": self.tr("Show the &code of these settings…"),
            "quit": self.tr("&Quit"),
            "reset_layout": self.tr("&Reset layout"),
            "close_lesson": self.tr("&Close lesson"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            "desktop_shortcut": self.tr("Install &desktop shortcut…"),
            "about": self.tr("&About CNN Playground"),
        }
        for key, text in texts.items():
            self.menu_actions[key].setText(text)
        self.classroom.retranslate()
        self.messages.retranslate()

    def _language_chosen(self, action: QAction) -> None:
        self.set_language(action.data())

    def install_desktop_shortcut(self) -> None:
        install_shortcut(self)

    def set_language(self, setting: str) -> None:
        """Switch the window's language now ("system", "en", "zh_CN") and remember the choice."""
        self.settings.language = setting
        self.language_actions[setting].setChecked(True)
        language().install(setting)  # Qt's LanguageChange: each widget's retranslate()

    # the Train tab's parts, under the names scripts and tests use
    config_panel = property(lambda self: self.train.config_panel)
    session = property(lambda self: self.state.session)
    is_training = property(lambda self: self.state.training)

    # -- opening runs ---------------------------------------------------------------------------------------
    def open_run(self, path: Path) -> bool:
        """Show a saved run: its settings and curves on Train; its network in every other tab."""
        if self.state.training:
            self.messages.show(
                "open", lambda: (self.tr("A run is in progress."), self.tr("Open the folder once the run has ended."))
            )
            return False
        try:
            self.state.open_run(Path(path))
        except (CheckpointError, OSError, ValueError) as exc:  # any unreadable folder: say so, keep the window
            error = exc
            self.messages.show("open", lambda: (say(error), self.tr("Choose a folder made by a training run.")))
            return False
        self.messages.clear("open")
        return True

    def open_run_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a run folder"), str(self.state.runs_root))
        return self.open_run(Path(path)) if path else None

    # -- view, help, closing --------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        place_on_screen(self, restored=False)
        for name, sizes in SPLITTERS.items():
            self.findChild(QSplitter, f"{name}Splitter").setSizes(sizes)

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{a.shortcut().toString(QKeySequence.NativeText)}</b></td><td>{a.text().replace('&', '')}</td>"
            f"<td>{a.toolTip()}</td></tr>"
            for a in [*(self.actions[k] for k in RUN_KEYS), *self.classroom.shortcut_actions()]
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table cellspacing='6'>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CNN Playground"),
            self.tr(
                "<h3>CNN Playground</h3><p>Train convolutional neural networks and watch them learn: live curves, "
                "predictions on test images, the size of every layer.</p><p>Built on PyTorch, PySide6, pyqtgraph.</p>"
            ),
        )

    def closeEvent(self, event) -> None:
        if (
            self.state.training
            and self.confirm_close
            and QMessageBox.question(
                self,
                self.tr("Stop training?"),
                self.tr("A run is in progress. Stop it and quit? Finished epochs are saved in the run folder."),
            )
            != QMessageBox.Yes
        ):
            event.ignore()
            return
        if not self._closed:
            self.settings.save_window(self, list(SPLITTERS))
            self.state.shutdown()  # cancels every task and returns at once: the window goes now
            self._closed = True
        super().closeEvent(event)

    def wait_for_tasks(self, timeout_s: float = 2.5) -> bool:
        """After closing, once the window is gone: let the cancelled tasks end (a run writes "stopped"); False
        when one is still running (the process exit then leaves it behind: see gui.task_workers)."""
        ended = self.state.wait(timeout_s)
        if not ended:
            running = ", ".join(f"{t.group}/{t.key}" for t in self.state.tasks.active())
            logging.getLogger(__name__).warning("tasks still running %.1f s after closing: %s", timeout_s, running)
        return ended
