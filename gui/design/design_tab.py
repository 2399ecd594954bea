"""The Design tab: your own network, layer by layer. Start from a copy of a built-in network or from nothing;
add, remove, duplicate, move (buttons or drag) and repeat layers, each layer's options in a form; undo and redo.

After every edit the network is checked at once for the images chosen (core.archs.network_shapes: well under a
millisecond, bench/bench_network_check.py), so each layer shows what it makes and its weights, and a layer that
does not fit turns red with the sentence that says what to change. The full layer table (FLOPs, receptive
field) is worked out on a task, the newest edit winning. "Train this network" hands the network to the Train
tab through the app state; the network file is saved and opened here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from dataclasses import replace

from core.archs import network_edits as edits
from core.archs.network_file import NetworkError, NetworkFile, Path_, make_layer
from core.archs.network_shapes import LayerShape, check, total_weights
from gui.messages import say
from gui.design.design_bar import DesignBar
from gui.design.layer_buttons import LayerButtons
from gui.design.layer_form import LayerForm
from gui.design.layer_list import LayerList
from gui.state import AppState, TrainSettings
from gui.widgets.summary_table import SummaryTable
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating

ERROR_STYLE = "color: #c62828;"


class NetworkChange(QUndoCommand):
    """One edit: the network before and after (both frozen). Changes of one option of one layer merge."""

    def __init__(self, tab: "DesignTab", before: NetworkFile, after: NetworkFile, text: str, select, merge=None):
        super().__init__(text)
        self.tab, self.before, self.after, self.select, self.merge = tab, before, after, select, merge

    def id(self) -> int:  # noqa: A003 - Qt's name
        return 24 if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, NetworkChange) or other.merge != self.merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.tab.show_network(self.after, self.select)

    def undo(self) -> None:
        self.tab.show_network(self.before, self.select)


class DesignTab(Retranslating, QWidget):
    trainRequested = Signal()  # the network went to the Train tab: the window shows that tab

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="designTab")
        self.state = state
        self.net = NetworkFile(())
        self.rows: list[LayerShape] = []
        self.fault: NetworkError | None = None
        self.undo_stack = QUndoStack(self)
        self.jobs = state.jobs("design")
        self.bar = DesignBar(self.undo_stack, state, self)
        self.messages = MessageBar()
        self.layers = LayerList(self)
        self.buttons = LayerButtons(self)
        self.form = LayerForm(self)
        self.verdict = QLabel(self, objectName="designVerdict", wordWrap=True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = SummaryTable(state.jobs("design-summary"), self)
        self._summary_due = QTimer(self, singleShot=True, interval=150)
        self._summary_due.timeout.connect(self._request_summary)
        self.train_button = QPushButton(self, objectName="trainNetwork")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.layers, 1)
        column.addWidget(self.buttons)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.form)
        side.addWidget(self.verdict)
        side.addWidget(self.summary, 1)
        side.addWidget(self.train_button)
        split = QSplitter(Qt.Orientation.Horizontal, self, objectName="designSplitter", childrenCollapsible=False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)  # the layer table beside the form needs the wider half
        split.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.bar)
        box.addWidget(self.messages)
        box.addWidget(split, 1)
        self.layers.picked.connect(self._picked)
        self.layers.reordered.connect(self._reordered)
        self.form.edited.connect(self._option_edited)
        self.buttons.action.connect(self._button)
        self.bar.startFrom.connect(self.start_from)
        self.bar.opened.connect(self.open_network)
        self.bar.imagesChanged.connect(lambda: self.show_network(self.net))
        self.bar.failed.connect(lambda message: self.messages.show_message("file", lambda: say(message)))
        self.bar.renamed.connect(lambda name: self.edit(lambda n: replace(n, name=name), self.tr("Rename")))
        self.train_button.clicked.connect(self.train)
        state.designRequested.connect(self._design_requested)
        self.retranslate()
        self.show_network(self.net)

    def retranslate(self) -> None:
        self.train_button.setText(self.tr("Train this network"))
        self.train_button.setToolTip(self.tr("Put this network on the Train tab, with the images chosen above."))
        self._show_verdict()

    # -- the network on show ----------------------------------------------------------------------------------
    def show_network(self, net: NetworkFile, select: Path_ | None = None) -> None:
        """Show ``net`` and check it at once for the chosen images (what every edit, undo and redo calls)."""
        self.net = net
        channels, size, classes = self.bar.image_shape()
        try:
            self.rows, self.fault = check(net, channels, size, classes), None
        except NetworkError as exc:
            # kept without its traceback: its frames would keep every caller (the window itself) alive
            self.rows, self.fault = [], exc.with_traceback(None)
        error = self.fault
        fault = (error.path, lambda: say(error)) if error else None
        shapes = self.rows or list(self.fault.rows if self.fault else ())  # those above a misfit still show
        self.layers.show_network(net, shapes, fault, select)
        self.bar.network_changed(net)
        self._picked(self.layers.selected_path())
        self._show_verdict()
        self.train_button.setEnabled(self.fault is None)
        if self.fault is None:  # FLOPs and receptive fields need the real network: built on a task, once a
            self._summary_due.start()  # burst of spin-box clicks is over
        else:
            self._summary_due.stop()
            self.summary.show_error("")

    def _request_summary(self) -> None:
        if self.fault is None:
            self.summary.request(self.bar.settings(self.net))

    def _show_verdict(self) -> None:
        if self.fault is not None:
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(say(self.fault))
        else:
            self.verdict.setStyleSheet("")
            self.verdict.setText(
                self.tr("It fits. Weights in all: {n}.").format(n=f"{total_weights(self.rows):,}")
                + " "
                + self.tr("The first linear layer gets {n} numbers from the layers above it.").format(
                    n=f"{self._classifier_input():,}"
                )
            )

    def _classifier_input(self) -> int:
        first = next((r for r in self.rows if r.layer.kind == "linear"), None)
        return first.in_shape[0] if first is not None else 0

    # -- edits: each one an undo step ------------------------------------------------------------------------
    def edit(self, change, text: str, select: Path_ | None = None, merge=None) -> bool:
        """Apply ``change(net) -> net`` as one undo step; a change a network file cannot hold is refused in words."""
        try:
            after = change(self.net)
        except NetworkError as exc:
            error = exc.with_traceback(None)  # said again later: its frames would keep the window alive
            self.messages.show_message("edit", lambda: say(error))
            self.show_network(self.net)  # e.g. a drag that emptied a repeat: the list as it was
            return False
        self.messages.clear("edit")
        self.undo_stack.push(NetworkChange(self, self.net, after, text, select, merge))
        return True

    def _reordered(self, layers) -> None:
        as_file = {**self.net.to_dict(), "layers": [layer.to_dict() for layer in layers]}
        self.edit(lambda _n: NetworkFile.from_dict(as_file), self.tr("Move a layer"))

    def _option_edited(self, layer, option: str) -> None:
        path = self.layers.selected_path()
        if path is not None:
            self.edit(
                lambda n: edits.set_layer(n, path, layer),
                self.tr("Change {option}").format(option=option),
                path,
                (path, option),
            )

    def _button(self, name: str, kind: str = "") -> None:
        path = self.layers.selected_path()
        where = path if path is not None else (len(self.net.layers) - 1,)
        below = (*where[:-1], where[-1] + 1)
        actions = {
            "add": (lambda n: edits.insert(n, below, make_layer(kind)), self.tr("Add a layer"), below),
            "remove": (
                lambda n: edits.remove(n, path),
                self.tr("Remove a layer"),
                where[:-1] + (max(0, where[-1] - 1),),
            ),
            "duplicate": (lambda n: edits.duplicate(n, path), self.tr("Duplicate a layer"), below),
            "up": (
                lambda n: edits.move(n, path, (*where[:-1], where[-1] - 1)),
                self.tr("Move a layer"),
                (*where[:-1], where[-1] - 1),
            ),
            "down": (lambda n: edits.move(n, path, below), self.tr("Move a layer"), below),
            "repeat": (lambda n: edits.wrap_in_repeat(n, path, 2), self.tr("Repeat a layer"), where),
            "unrepeat": (lambda n: edits.unwrap(n, path), self.tr("Undo a repeat"), where),
        }
        if name != "add" and path is None:
            self.messages.show_message("edit", self.tr("Pick a layer in the list first."), "", "info")
            return
        if name in ("up", "down") and not 0 <= actions[name][2][-1] < self._siblings(where):
            return
        change, text, select = actions[name]
        self.edit(change, text, select)

    def _siblings(self, path: Path_) -> int:
        return len(edits.layer_at(self.net, path[:-1]).layers) if len(path) > 1 else len(self.net.layers)

    def _picked(self, path: Path_ | None) -> None:
        self.form.show_layer(edits.layer_at(self.net, path) if path is not None else None)
        self.buttons.follow(path, self.form.layer)

    # -- where networks come from and go ------------------------------------------------------------------------
    def start_from(self, net: NetworkFile, text: str) -> None:
        self.edit(lambda _n: net, text)

    def open_network(self, net: NetworkFile) -> None:
        self.messages.clear("file")
        self.start_from(net, self.tr("Open a network file"))

    def _design_requested(self, text: str) -> None:
        if text:
            try:
                self.open_network(NetworkFile.from_json(text))
            except NetworkError as exc:
                error = exc.with_traceback(None)  # said again later: its frames would keep the window alive
                self.messages.show_message("file", lambda: say(error))

    def train(self) -> None:
        """The network and the images checked for, onto the Train tab (through the app state)."""
        if self.fault is not None:
            return
        values = {**self.bar.settings(self.net), "image_size": None}
        self.state.request_settings(TrainSettings(values, None, None))
        self.trainRequested.emit()
