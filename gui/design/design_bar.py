"""The Design tab's top bar: start from a copy of a built-in network (or an empty one), open and save a network
file, undo and redo, the network's name, and the images it is checked for (a dataset's channels, size and
classes).

Copying a built-in network builds it (torchvision's import and a forward pass: seconds for GoogLeNet), and files
are read and written, on tasks; what comes back is announced by signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from core import archs, data
from core.archs.network_file import MAX_NAME, SUFFIX, NetworkFile
from gui.core_texts import core_tr
from gui.widgets.retranslating import Retranslating
from gui.widgets.save_dialog import ask_save_path
from core.messages import Message

EMPTY = ""  # the start combo's entry for an empty network


def copy_of(arch: str, channels: int, size: int) -> NetworkFile:
    """Task: a built-in network as a network file, for these images (else for its own)."""
    from core.network_export import from_arch

    if archs.fit_problem(arch, channels, size):
        spec = archs.get_arch(arch)
        channels, size = spec.channels[0], spec.native_size or size
    return from_arch(arch, channels, size)


class DesignBar(Retranslating, QWidget):
    startFrom = Signal(object, str)  # NetworkFile to start from, and the undo step's words
    opened = Signal(object)  # NetworkFile read from a file
    imagesChanged = Signal()
    renamed = Signal(str)
    failed = Signal(object)  # a file that could not be read or written: core's message

    def __init__(self, undo_stack: QUndoStack, state, parent: QWidget | None = None):
        super().__init__(parent, objectName="designBar")
        self.state, self.jobs, self.net = state, state.jobs("design-files"), NetworkFile(())
        self.start = QComboBox(self, objectName="startFrom")
        self.start_button = QToolButton(self, objectName="startButton")
        self.open_button = QToolButton(self, objectName="openNetwork")
        self.save_button = QToolButton(self, objectName="saveNetwork")
        self.undo, self.redo = QAction(self, enabled=False), QAction(self, enabled=False)  # short words: no step name
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        undo_stack.undoTextChanged.connect(lambda t: self.undo.setToolTip(self.tr("Undo: {step}").format(step=t)))
        undo_stack.redoTextChanged.connect(lambda t: self.redo.setToolTip(self.tr("Redo: {step}").format(step=t)))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            (parent or self).addAction(action)  # the shortcuts work anywhere in the tab
        self.undo_button = QToolButton(self, objectName="undoButton", defaultAction=self.undo)
        self.redo_button = QToolButton(self, objectName="redoButton", defaultAction=self.redo)
        self.name = QLineEdit(self, objectName="networkName")
        self.images = QComboBox(self, objectName="checkImages")
        self.start_label, self.name_label, self.images_label = QLabel(self), QLabel(self), QLabel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, w in enumerate(
            (self.start_label, self.start, self.start_button, self.open_button, self.save_button, self.undo_button)
        ):
            grid.addWidget(w, 0, col)
        grid.addWidget(self.redo_button, 0, 6)
        row = QHBoxLayout()  # the name and the images on one line, the images' combo as wide as its words
        for widget, stretch in ((self.name, 1), (self.images_label, 0), (self.images, 0)):
            row.addWidget(widget, stretch)
        grid.addWidget(self.name_label, 1, 0)
        grid.addLayout(row, 1, 1, 1, 6)
        grid.setColumnStretch(1, 1)
        self.images.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for spec in data.list_datasets():
            if spec.num_classes:  # an image folder's shape is known once it is loaded
                self.images.addItem("", spec.name)
        self._follow_train_tab(state)
        self.start_button.clicked.connect(self._start)
        self.open_button.clicked.connect(self.open_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.images.currentIndexChanged.connect(lambda _i: self.imagesChanged.emit())
        self.name.editingFinished.connect(self._renamed)
        self.retranslate()

    def retranslate(self) -> None:
        self.start_label.setText(self.tr("Start from"))
        self.start.setToolTip(self.tr("A copy of a built-in network to change, or an empty network"))
        self.name.setToolTip(self.tr("The network's name, kept in its file and shown with its runs"))
        chosen = self.start.currentData()
        self.start.clear()
        self.start.addItem(self.tr("An empty network"), EMPTY)
        for spec in archs.list_archs():
            self.start.addItem(self.tr("A copy of {net}").format(net=core_tr(spec.title)), spec.name)
        self.start.setCurrentIndex(max(0, self.start.findData(chosen)))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Replace the network being edited (Undo brings it back)."))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a network file (.json) saved by this editor or main.py."))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the network as a file: main.py train --network FILE trains it."))
        self.undo.setText(self.tr("Undo"))
        self.redo.setText(self.tr("Redo"))
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("My network"))
        self.images_label.setText(self.tr("Checked for"))
        self.images.setToolTip(self.tr("The images the network must fit: their channels, size and classes."))
        for i in range(self.images.count()):
            spec = data.get_spec(self.images.itemData(i))
            self.images.setItemText(
                i,
                self.tr("{title}: {c}×{s}×{s}, %n classes", "", spec.num_classes).format(
                    title=core_tr(spec.title), c=spec.channels, s=spec.image_size
                ),
            )

    def _follow_train_tab(self, state) -> None:
        """Check for the Train tab's dataset, and follow it when it changes there (a lesson sets it)."""
        self._train_dataset = None
        self._train_settings(state.train_settings)
        state.settingsChanged.connect(self._train_settings)

    def _train_settings(self, settings) -> None:
        dataset = settings.values.get("dataset") if settings is not None else None
        if dataset != self._train_dataset and self.images.findData(dataset) >= 0:
            self._train_dataset = dataset
            self.images.setCurrentIndex(self.images.findData(dataset))

    # -- the images checked for ----------------------------------------------------------------------------------
    def dataset(self) -> str:
        return self.images.currentData()

    def image_shape(self) -> tuple[int, int, int]:
        """(channels, size, classes) of the images the network is checked for."""
        spec = data.get_spec(self.dataset())
        return spec.channels, spec.image_size, spec.num_classes

    def settings(self, net: NetworkFile) -> dict:
        """What the layer table and a run need besides the network: the dataset."""
        return {"dataset": self.dataset(), "arch": "custom", "network": net.canonical()}

    # -- the network's name: an undo step of its own -------------------------------------------------------------
    def network_changed(self, net: NetworkFile) -> None:
        self.net = net
        if net.name != self.name.text():
            self.name.setText(net.name)

    def _renamed(self) -> None:
        name = self.name.text().strip()[:MAX_NAME]
        if name != self.net.name:
            self.renamed.emit(name)

    # -- starting, opening, saving ------------------------------------------------------------------------------
    def _start(self) -> None:
        arch, text = self.start.currentData(), self.start.currentText()
        if arch == EMPTY:
            self.startFrom.emit(NetworkFile((), self.tr("My network")), text)
            return
        channels, size, _ = self.image_shape()
        self.jobs.submit(
            "copy", lambda: copy_of(arch, channels, size), lambda net: self.startFrom.emit(net, text), self.failed.emit
        )

    def open_dialog(self) -> None:
        folder = self.state.save_folder or self.state.runs_root
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a network file"), str(folder), self.tr("Network files (*.json)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.jobs.submit("open", lambda: NetworkFile.read(path), self.opened.emit, self._failed)

    def save_dialog(self) -> None:
        name = (self.name.text().strip() or "network").replace("/", "-") + SUFFIX
        path, _ = ask_save_path(self, self.state, self.tr("Save the network"), name, self.tr("Network files (*.json)"))
        if path:
            self.save_file(Path(path))

    def save_file(self, path: Path) -> None:
        net = self.net
        self.jobs.submit("save", lambda: net.write(path), None, self._failed)

    def _failed(self, message: Message) -> None:
        self.failed.emit(message)
