"""The network editor's list of layers: one row per layer (a repeat's layers indented under it) with what it
makes and its weights; the layer at fault in red with the sentence in its tooltip; reordered by drag.

The list shows a NetworkFile and never edits it: a drag reports the order the user made (``reordered``), and
the editor decides (an undo step, or the list put back when the order cannot be a network).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from core.archs.network_file import REPEAT, Layer, NetworkFile, Path_, layer_number
from core.archs.network_shapes import LayerShape
from gui.core_texts import core_tr
from gui.widgets.numbers import shape_text
from gui.widgets.retranslating import Retranslating, Words, say

LAYER_ROLE = Qt.ItemDataRole.UserRole  # the Layer an item shows (a repeat: with its own layers)
FAULT = QColor("#c62828")
COLUMNS = (
    QT_TRANSLATE_NOOP("LayerList", "Layer"),
    QT_TRANSLATE_NOOP("LayerList", "Output"),
    QT_TRANSLATE_NOOP("LayerList", "Weights"),
)


class LayerList(Retranslating, QTreeWidget):
    reordered = Signal(object)  # tuple[Layer, ...]: the layers in the order the user dragged them into
    picked = Signal(object)  # Path_ of the selected layer, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="layerList")
        self.setColumnCount(len(COLUMNS))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Linear (fu…units 120": both ends say something
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.itemSelectionChanged.connect(lambda: self.picked.emit(self.selected_path()))
        self.net, self._rows, self._fault = NetworkFile(()), [], None
        self._words: dict[str, str] = {}  # core's texts in the language now: looked up once, not per row per edit
        self.retranslate()

    def retranslate(self) -> None:
        self._words = {}
        self.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setAccessibleName(self.tr("Layers of the network"))
        self.setToolTip(self.tr("Drag a layer to move it; drop it on a repeat to put it inside."))
        self.show_network(self.net, self._rows, self._fault)

    def layer_text(self, layer: Layer) -> str:
        """What a layer is, in the user's language: its kind and the options that differ from the defaults
        (options keep the network file's names, the same in every language)."""
        if layer.kind == REPEAT:
            return self.tr("Repeat %n times", "", layer.times)
        spec, options = layer.spec, layer.option_dict
        changed = [f"{f.name} {options[f.name]}" for f in spec.fields if options[f.name] != f.default]
        return " · ".join([self.words(spec.title), *changed])

    def words(self, text: str) -> str:
        if text not in self._words:
            self._words[text] = core_tr(text)
        return self._words[text]

    # -- showing ------------------------------------------------------------------------------------------------
    def show_network(
        self, net: NetworkFile, rows: list[LayerShape], fault: tuple[Path_, Words] | None, select: Path_ | None = None
    ) -> None:
        """``net``'s layers; ``rows``: the check's shapes (empty when it failed);
        ``fault``: (path, sentence), said again after a language switch."""
        keep = self.selected_path() if select is None else select
        self.net, self._rows, self._fault = net, rows, fault
        out = {r.path: r.out_shape for r in rows}  # a repeated layer: its last time through
        weights: dict[Path_, int] = {}
        for r in rows:
            for depth in range(1, len(r.path) + 1):  # a repeat's row adds up its layers' weights
                weights[r.path[:depth]] = weights.get(r.path[:depth], 0) + r.params
        self.blockSignals(True)
        self.clear()
        self._add(self.invisibleRootItem(), net.layers, (), out, weights)
        self.expandAll()
        self.blockSignals(False)
        if fault is not None:
            self._mark_fault(*fault)
        self.blockSignals(True)  # the caller shows the selected layer's options once, after this
        self.select(keep)
        self.blockSignals(False)

    def _add(self, parent, layers, prefix: Path_, out: dict, weights: dict) -> None:
        for i, layer in enumerate(layers):
            path = (*prefix, i)
            shape = out.get(path) or out.get(_last_inside(path, layer))
            item = QTreeWidgetItem(
                parent,
                [
                    f"{layer_number(path)}  {self.layer_text(layer)}",
                    shape_text(shape) if shape else "",
                    f"{weights[path]:,}" if weights.get(path) else "",
                ],
            )
            item.setData(0, LAYER_ROLE, layer)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if layer.kind != REPEAT:
                item.setToolTip(0, f"{item.text(0)}\n{self.words(layer.spec.help)}")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)  # a layer holds no layers
            else:
                self._add(item, layer.layers, path, out, weights)

    def _mark_fault(self, path: Path_, sentence: Words) -> None:
        item = self.item_at(path) if path else None
        items = [item] if item is not None else []
        for it in items:
            it.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))  # seen if selected
            for c in range(self.columnCount()):
                it.setForeground(c, QBrush(FAULT))
                it.setToolTip(c, say(sentence))

    # -- paths ----------------------------------------------------------------------------------------------------
    def item_at(self, path: Path_) -> QTreeWidgetItem | None:
        item = self.invisibleRootItem()
        for i in path:
            if i >= item.childCount():
                return None
            item = item.child(i)
        return item

    def path_of(self, item: QTreeWidgetItem) -> Path_:
        path = []
        while item is not None:
            parent = item.parent() or self.invisibleRootItem()
            path.insert(0, parent.indexOfChild(item))
            item = item.parent()
        return tuple(path)

    def selected_path(self) -> Path_ | None:
        items = self.selectedItems()
        return self.path_of(items[0]) if items else None

    def select(self, path: Path_ | None) -> None:
        item = self.item_at(path) if path else None
        if item is not None:
            self.setCurrentItem(item)
        else:
            self.clearSelection()

    # -- dragging ------------------------------------------------------------------------------------------------
    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().dropEvent(event)  # moves the items; the order they now have is the user's wish
        QTimer.singleShot(0, self.report_order)  # once the drag is over: the editor rebuilds the list

    def report_order(self) -> None:
        """Say the order the items are in now (after a drag) as layers."""
        self.reordered.emit(self._layers_of(self.invisibleRootItem()))

    def _layers_of(self, parent: QTreeWidgetItem) -> tuple[Layer, ...]:
        layers = []
        for i in range(parent.childCount()):
            child = parent.child(i)
            layer: Layer = child.data(0, LAYER_ROLE)
            if layer.kind == REPEAT:
                layer = Layer(REPEAT, (), self._layers_of(child), layer.times)
            layers.append(layer)
        return tuple(layers)


def _last_inside(path: Path_, layer: Layer) -> Path_:
    """The path of a repeat's last layer (what the repeat hands on)."""
    while layer.kind == REPEAT and layer.layers:
        path, layer = (*path, len(layer.layers) - 1), layer.layers[-1]
    return path
