"""Export in the window: the metrics CSV of the selected runs, or the model of one run (or the current model) as
weights, ONNX or ExportedProgram (.pt2). The engine is core.export; the file is written and checked on a
background job, and the result is said in plain words in a message box that shows the progress first.

    button.setMenu(export_menu(self, state, self.selected_paths))  # once: each menu has its own job thread
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from core.export import FORMATS, ONNX_EXTRA, ExportJob, ExportResult, export
from core.export_check import CHECK_IMAGES
from gui.widgets.code_view import CodeView, script_of_run
from gui.widgets.retranslating import Retranslating
from gui.widgets.save_dialog import ask_save_path
from core.messages import Message
from gui.messages import say

MODEL_FORMATS = ("weights", "onnx", "pt2")  # what File > Export current model offers, in this order


class ExportActions(QObject):
    """The export entries of one menu, for the runs ``selected()`` returns (or the state's current model)."""

    done = Signal(str)  # the sentence shown when an export worked
    failed = Signal(object)  # core's message, shown when it did not

    def __init__(self, parent: QWidget, state, selected: Callable[[], list[Path]]):
        super().__init__(parent)
        self.parent_widget, self.state, self.selected = parent, state, selected
        self.jobs = state.jobs("export")
        self.box: QMessageBox | None = None  # the message box of the latest export
        self._count = 0  # each export its own job key: a second export never drops the first one's answer

    # -- the menu entries ---------------------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {
            "csv": self.tr("Metrics as &CSV (all selected runs)…"),
            "weights": self.tr("&Weights file (.pt)…"),
            "onnx": self.tr("&ONNX model (.onnx)…"),
            "pt2": self.tr("&ExportedProgram (.pt2)…"),
        }

    def filters(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV files (*.csv)"),
            "weights": self.tr("PyTorch weights (*.pt)"),
            "onnx": self.tr("ONNX models (*.onnx)"),
            "pt2": self.tr("ExportedProgram (*.pt2)"),
        }

    def fill(self, menu: QMenu) -> None:
        for fmt in self.titles():
            action = menu.addAction("", lambda fmt=fmt: self.export_selected(fmt))
            action.setObjectName(f"export_{fmt}")
        menu.addSeparator()
        menu.addAction("", self.show_code).setObjectName("showCode")
        self.name(menu)

    def name(self, menu: QMenu) -> None:
        """The entries' titles and tooltips in the language now installed."""
        formats = menu.actions()[: len(self.titles())]
        for action, title in zip(formats, self.titles().values()):
            action.setText(title)
        formats[0].setToolTip(self.tr("One file, one row per epoch, with a 'run' column naming each run"))
        for action in formats[2:]:
            action.setToolTip(
                self.tr(
                    "Checked after writing: the file must give the same answers as the network on {n} test images"
                ).format(n=CHECK_IMAGES)
            )
        code = menu.findChild(QAction, "showCode")
        code.setText(self.tr("The code behind this run…"))
        code.setToolTip(self.tr("A standalone PyTorch script that trains this run's network the same way"))

    def show_code(self) -> CodeView | None:
        paths = list(self.selected())
        if len(paths) != 1:
            self._say(self.tr("Select one run to see its code.") if paths else self.tr("Select a run first."))
            return None
        view = CodeView(self.state, script_of_run(paths[0]), self.parent_widget)
        view.show()
        return view

    # -- exporting ---------------------------------------------------------------------------------------------
    def export_selected(self, fmt: str) -> None:
        """Export the selected runs (CSV) or the one selected run's model."""
        paths = list(self.selected())
        if not paths or (len(paths) > 1 and not FORMATS.get(fmt).several_runs):
            self._say(self.tr("Select one run to export its model.") if paths else self.tr("Select a run first."))
            return
        name = paths[0].name if len(paths) == 1 else "runs"
        self._ask_and_run(fmt, name, lambda out: ExportJob(out, tuple(paths), data_root=self.state.data_root))

    def export_current_model(self) -> None:
        """File > Export current model: the network every tab shows, in the format the file dialog's filter says."""
        current = self.state.model
        if current is None:
            self._say(self.tr("There is no model yet: wait for it to load, or open a run."))
            return
        filters = self.filters()
        path, chosen = ask_save_path(
            self.parent_widget,
            self.state,
            self.tr("Export the current model"),
            f"{current.card.arch}_{current.card.dataset or 'model'}{FORMATS.get('onnx').suffix}",
            ";;".join(filters[f] for f in MODEL_FORMATS),
            filters["onnx"],
        )
        if not path:
            return
        fmt = next((f for f in MODEL_FORMATS if filters[f] == chosen), None) or _format_of(Path(path))
        path = _with_suffix(Path(path), FORMATS.get(fmt).suffix)
        model = (current.card, current.weights)
        self._run(fmt, path, ExportJob(path, model=model, data_root=self.state.data_root))

    def _ask_and_run(self, fmt: str, name: str, job_for: Callable[[Path], ExportJob]) -> None:
        spec = FORMATS.get(fmt)
        if spec.missing():
            self._explain_extra()
            return
        path, _ = ask_save_path(
            self.parent_widget, self.state, self.tr("Export"), name + spec.suffix, self.filters()[fmt]
        )
        if path:
            path = _with_suffix(Path(path), spec.suffix)
            self._run(fmt, path, job_for(path))

    def _run(self, fmt: str, path: Path, job: ExportJob) -> None:
        if FORMATS.get(fmt).missing():
            self._explain_extra()
            return
        if FORMATS.get(fmt).checker:
            text = self.tr("Writing {file} and checking that it gives the network's answers on {n} test images…")
        else:
            text = self.tr("Writing {file}…")
        box = self._say(text.format(file=path.name, n=CHECK_IMAGES), buttons=QMessageBox.StandardButton.NoButton)
        self._count += 1
        self.jobs.submit(
            f"export {self._count}",
            lambda: export(fmt, job),
            lambda result: self._finished(box, result),
            lambda m: self._failed(box, m),
        )

    def _finished(self, box: QMessageBox, result: ExportResult) -> None:
        text = self.sentence(result)
        self._update(box, text, QMessageBox.Icon.Information)
        self.done.emit(text)

    def _failed(self, box: QMessageBox, message: Message) -> None:
        self._update(box, self.tr("Nothing was exported. {why}").format(why=say(message)), QMessageBox.Icon.Warning)
        self.failed.emit(message)

    def sentence(self, result: ExportResult) -> str:
        """What an export did, in plain words."""
        saved = self.tr("Saved {file}.").format(file=result.path.name)
        if result.format == "csv":
            return self.tr("Saved {file}: {rows} epochs of {runs} runs.").format(
                file=result.path.name, rows=result.rows, runs=result.runs
            )
        p = result.parity
        if p is None:
            return saved
        images = (
            self.tr("{n} {data} test images").format(n=p.images, data=result.dataset)
            if result.real_images
            else self.tr("{n} random images (the {data} test images are not on this computer)").format(
                n=p.images, data=result.dataset
            )
        )
        answers = (
            self.tr("same answers")
            if p.same_answers == p.images
            else self.tr("same answers on {same} of {n}").format(same=p.same_answers, n=p.images)
        )
        return self.tr("{saved} Checked with {checker} on {images}: {answers}, largest difference {diff}.").format(
            saved=saved,
            checker=FORMATS.get(result.format).checker,
            images=images,
            answers=answers,
            diff=f"{p.max_difference:.0e}" if p.max_difference else "0",
        )

    def _explain_extra(self) -> None:
        self._say(
            self.tr(
                "ONNX export needs three more packages ({packages}), an optional extra of CNN Playground. "
                "Close the app and start it with them:\n\n    uv run --extra onnx main.py"
            ).format(packages=", ".join(ONNX_EXTRA))
        )

    # -- the message box ----------------------------------------------------------------------------------------
    def _say(self, text: str, buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
        """A message box that does not block the window (the export goes on behind it)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"), text, buttons, self.parent_widget)
        box.setObjectName("exportMessage")
        box.open()
        self.box = box
        return box

    def _update(self, box: QMessageBox, text: str, icon: QMessageBox.Icon) -> None:
        box.setText(text)
        box.setIcon(icon)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)


def _with_suffix(path: Path, suffix: str) -> Path:
    """The format's suffix when the name has none, or another format's (the dialog's start name)."""
    known = {spec.suffix for spec in FORMATS}
    return path.with_suffix(suffix) if not path.suffix or (path.suffix in known and path.suffix != suffix) else path


def _format_of(path: Path) -> str:
    return next((f for f in MODEL_FORMATS if FORMATS.get(f).suffix == path.suffix), "onnx")


def export_menu(parent: QWidget, state, selected: Callable[[], list[Path]]) -> QMenu:
    """The Export menu for the runs ``selected()`` returns; its ExportActions is ``menu.export_actions``."""
    return ExportMenu(parent, ExportActions(parent, state, selected))


class ExportMenu(Retranslating, QMenu):
    def __init__(self, parent: QWidget, actions: ExportActions):
        super().__init__(parent, objectName="exportMenu")
        self.setToolTipsVisible(True)
        self.export_actions = actions
        actions.fill(self)

    def retranslate(self) -> None:
        self.export_actions.name(self)
