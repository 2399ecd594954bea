"""Every text a window shows, each with the way to set it: what the language tests read (test_zh_walk.py,
test_retranslate_tabs.py, test_live_language.py). Labels, buttons, group titles, tabs, menus and actions,
tooltips, placeholders, spin-box special texts, combo items, table and list items and headers, pyqtgraph
titles, axes and legends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)


@dataclass(frozen=True)
class Text:
    where: str  # "QLabel#name.text", for messages
    value: str
    set: Callable[[str], None] | None
    owner: object
    ours: bool = True  # False: a library's own words (pyqtgraph's right-click menu), partly untranslated


def _prop(obj, kind: str, get: str, set_: str) -> Text:
    name = obj.objectName() if isinstance(obj, QObject) else ""
    return Text(f"{type(obj).__name__}#{name}.{kind}", getattr(obj, get)(), getattr(obj, set_), obj)


def _indexed(obj, kind: str, count: int, get, set_) -> Iterator[Text]:
    for i in range(count):
        yield Text(f"{type(obj).__name__}#{obj.objectName()}.{kind}[{i}]", get(i) or "", lambda t, i=i: set_(i, t), obj)


def _items(view, kind: str, items) -> Iterator[Text]:
    for item in items:
        if item is None:
            continue
        yield Text(f"{type(view).__name__}#{view.objectName()}.{kind}", item.text(), item.setText, view)
        tip = item.toolTip()
        yield Text(f"{type(view).__name__}#{view.objectName()}.{kind}.tip", tip, item.setToolTip, view)


def _widget_texts(w: QWidget) -> Iterator[Text]:
    if hasattr(w, "painted_texts"):  # a widget that paints its words says which (no setter: it repaints them)
        for text in w.painted_texts():
            yield Text(f"{type(w).__name__}#{w.objectName()}.painted", text or "", None, w)
    yield _prop(w, "toolTip", "toolTip", "setToolTip")
    yield _prop(w, "whatsThis", "whatsThis", "setWhatsThis")
    yield _prop(w, "statusTip", "statusTip", "setStatusTip")
    if w.isWindow() or isinstance(w, QDockWidget):
        yield _prop(w, "windowTitle", "windowTitle", "setWindowTitle")
    if isinstance(w, QLabel):
        yield _prop(w, "text", "text", "setText")
    elif isinstance(w, QAbstractButton):
        yield _prop(w, "text", "text", "setText")
    elif isinstance(w, QGroupBox):
        yield _prop(w, "title", "title", "setTitle")
    elif isinstance(w, QMenu):
        yield _prop(w, "title", "title", "setTitle")
    elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield _prop(w, "placeholder", "placeholderText", "setPlaceholderText")
    elif isinstance(w, QAbstractSpinBox):
        yield _prop(w, "specialValueText", "specialValueText", "setSpecialValueText")
        if hasattr(w, "suffix"):
            yield _prop(w, "suffix", "suffix", "setSuffix")
            yield _prop(w, "prefix", "prefix", "setPrefix")
    elif isinstance(w, QComboBox):
        yield _prop(w, "placeholder", "placeholderText", "setPlaceholderText")
        yield from _indexed(w, "item", w.count(), w.itemText, w.setItemText)
        yield from _indexed(
            w,
            "item.tip",
            w.count(),
            lambda i: w.itemData(i, Qt.ToolTipRole) if isinstance(w.itemData(i, Qt.ToolTipRole), str) else "",
            lambda i, t: w.setItemData(i, t, Qt.ToolTipRole),
        )
    elif isinstance(w, QTabBar):
        yield from _indexed(w, "tab", w.count(), w.tabText, w.setTabText)
        yield from _indexed(w, "tab.tip", w.count(), w.tabToolTip, w.setTabToolTip)
    elif isinstance(w, QTableWidget):
        yield from _items(w, "header", (w.horizontalHeaderItem(i) for i in range(w.columnCount())))
        yield from _items(w, "rowHeader", (w.verticalHeaderItem(i) for i in range(w.rowCount())))
        yield from _items(w, "cell", (w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())))
    elif isinstance(w, QListWidget):
        yield from _items(w, "item", (w.item(i) for i in range(w.count())))
    elif isinstance(w, pg.GraphicsView):
        yield from _plot_texts(w)


def _plot_texts(view: pg.GraphicsView) -> Iterator[Text]:
    where = f"{type(view).__name__}#{view.objectName()}"
    for item in view.scene().items() if view.scene() is not None else ():
        if isinstance(item, pg.PlotItem):
            label = item.titleLabel
            yield Text(f"{where}.title", label.text or "", label.setText, view)
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                yield Text(f"{where}.axis.{name}", axis.labelText or "", _axis_setter(axis), view)
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield Text(f"{where}.legend", label.text or "", label.setText, view)


def _axis_setter(axis: pg.AxisItem):
    return lambda text: axis.setLabel(text, units=axis.labelUnits, unitPrefix=axis.labelUnitPrefix, **axis.labelStyle)


def _third_party(obj: QObject) -> bool:
    """pyqtgraph's own right-click menus (View All, Export...): partly translated (zh_CN/pyqtgraph.ts)."""
    parent = obj.parent()
    return isinstance(obj, (QAction, QMenu)) and parent is not None and type(parent).__module__.startswith("pyqtgraph")


def texts_of(root: QObject) -> list[Text]:
    """Every text of ``root`` and its children (visible or not), with a setter for those that have one."""
    found: list[Text] = []
    for obj in [root, *root.findChildren(QObject)]:
        if _third_party(obj):
            found.extend(Text(t.where, t.value, t.set, t.owner, False) for t in _menu_texts(obj))
        elif isinstance(obj, QWidget):
            found.extend(t for t in _widget_texts(obj) if t.value)
        elif isinstance(obj, QAction):
            found.extend(_menu_texts(obj))
    return found


def _menu_texts(obj) -> list[Text]:
    if isinstance(obj, QMenu):
        return [t for t in _widget_texts(obj) if t.value]
    if not isinstance(obj, QAction):
        return []
    found = []
    for kind in ("text", "toolTip", "statusTip", "whatsThis"):
        getter, setter = kind, "set" + kind[0].upper() + kind[1:]
        text = _prop(obj, kind, getter, setter)
        derived = obj.text().replace("&", "").replace("...", "").replace("…", "")  # Qt's tooltip from the text
        if text.value and not (kind == "toolTip" and text.value.replace("…", "") == derived):
            found.append(text)
    return found
