"""Any plot, the confusion matrix or a layer table shown large on its own, for a class to read from afar.

A small button in the widget's corner (there while the pointer is over the widget, as a plot's tool
bar often is, so that it never covers a title or a header), a double-click on a plot, or the widget's context
menu shows the widget itself over the window's central area (it keeps updating: a live plot goes on drawing);
Esc, the button again or another double-click puts it back where it was, at the same size. While it is large, a
placeholder with its size hints holds its place in the layout, so nothing around it moves.

``offer_focus(window)`` gives every plot under the window, and every widget with the property ``focusable``,
its own ``FocusView``; it can be called again (a page made later), and skips the widgets that have one.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSplitter, QStyle, QToolButton, QVBoxLayout, QWidget

from gui.widgets.own_handlers import replace, run_after
from gui.widgets.retranslating import Retranslating

CORNER_GAP = 2  # pixels between the button and the corner it sits in


class _Placeholder(QWidget):
    """Holds a widget's place in its layout while the widget is shown large: same size policy and hints."""

    def __init__(self, target: QWidget):
        super().__init__()
        self._hint, self._min_hint = target.sizeHint(), target.minimumSizeHint()
        self.setSizePolicy(target.sizePolicy())
        self.setMinimumSize(target.minimumSize())
        self.setMaximumSize(target.maximumSize())
        self.resize(target.size())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._min_hint


class _Overlay(QWidget):
    """Covers the window's central area with the one widget shown large; Esc closes it (before any shortcut
    of the window takes the key: Esc also stops a training run)."""

    escaped = Signal()

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("focusOverlay")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLayout(QVBoxLayout())
        self.layout().setContentsMargins(4, 4, 4, 4)
        self.setGeometry(host.rect())
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_escape(event):
            event.accept()  # the key comes here as a key press, not to the window's shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_escape(event):
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


def _is_escape(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and not event.modifiers()


class FocusButton(Retranslating, QToolButton):
    """The small button in the corner of a widget that can be shown large."""

    def __init__(self, view: FocusView):
        super().__init__(view.target)
        self.view = view
        self.setObjectName("focusButton")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(view.toggle)
        self.retranslate()

    def retranslate(self) -> None:
        large = self.view.is_large()
        icon = QStyle.StandardPixmap.SP_TitleBarNormalButton if large else QStyle.StandardPixmap.SP_TitleBarMaxButton
        self.setIcon(self.style().standardIcon(icon))
        if large:
            text, tip = self.tr("Put back"), self.tr("Put it back where it was (Esc).")
        else:
            text, tip = self.tr("Enlarge"), self.tr("Show this large, filling the window (Esc puts it back).")
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.view.action.setText(text)
        self.view.action.setToolTip(tip)

    def place(self) -> None:
        """Top right of a plot or the matrix; bottom right of a table's cells (its header keeps its words)."""
        target, side = self.parentWidget(), max(self.sizeHint().height(), 20)
        table = target if isinstance(target, QAbstractItemView) else target.findChild(QAbstractItemView)
        if table is not None:
            cells = QRect(table.viewport().mapTo(target, QPoint(0, 0)), table.viewport().size())
            self.setGeometry(cells.right() - side - CORNER_GAP, cells.bottom() - side - CORNER_GAP, side, side)
        else:
            self.setGeometry(target.width() - side - CORNER_GAP, CORNER_GAP, side, side)
        self.raise_()


class FocusView(QObject):
    """Shows one widget large over the window's central area, and back."""

    toggled = Signal(bool)  # True: shown large

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.target = target
        self._overlay: _Overlay | None = None
        self._back: tuple | None = None  # how to put the target back
        self.action = QAction(target)
        self.action.triggered.connect(self.toggle)
        self.button = FocusButton(self)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # the target's own handlers, not event filters on it and on a plot's viewport (see own_handlers): those
        # entered Python at every repaint of a live plot
        run_after(target, "resizeEvent", lambda _event: self.button.place())
        run_after(target, "enterEvent", lambda _event: self.button.setVisible(True))
        run_after(target, "leaveEvent", lambda _event: self.button.setVisible(self.is_large()))
        if isinstance(target, pg.GraphicsView):
            replace(target, "mouseDoubleClickEvent", lambda _view, _event: self.toggle())  # on the plot
            for item in (i for i in target.scene().items() if isinstance(i, pg.PlotItem)):
                if item.menuEnabled():
                    item.getViewBox().menu.addAction(self.action)
        elif target.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            target.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            target.addAction(self.action)
        self.button.place()
        self.button.hide()  # shown while the pointer is over the widget: it never covers a title or a header

    def is_large(self) -> bool:
        return self._overlay is not None

    def toggle(self) -> None:
        self.put_back() if self.is_large() else self.enlarge()

    def enlarge(self) -> None:
        window = self.target.window()
        host = window.centralWidget() if isinstance(window, QMainWindow) else window
        if self.is_large() or host is None or host is self.target:
            return
        self._back = _take_place(self.target)
        self._overlay = _Overlay(host)
        self._overlay.escaped.connect(self.put_back)
        self._overlay.layout().addWidget(self.target)
        self.target.show()
        self._overlay.show()
        self._overlay.raise_()
        self._overlay.setFocus()
        self._changed(True)

    def put_back(self) -> None:
        if not self.is_large():
            return
        overlay, self._overlay = self._overlay, None
        overlay.layout().removeWidget(self.target)
        self.target.resize(self._back[1].size())  # first at its old size: a table fits its columns to it again
        _give_back(self.target, *self._back)
        self._back = None
        overlay.hide()
        overlay.deleteLater()
        self._changed(False)

    def _changed(self, large: bool) -> None:
        self.button.retranslate()
        self.button.place()
        self.button.setVisible(large or self.target.underMouse())
        self.toggled.emit(large)


def _take_place(target: QWidget) -> tuple:
    """Puts a placeholder where ``target`` is; returns how to put the target back."""
    parent, holder = target.parentWidget(), _Placeholder(target)
    if isinstance(parent, QSplitter):
        index, sizes = parent.indexOf(target), parent.sizes()
        parent.replaceWidget(index, holder)
        return parent, holder, sizes
    if parent is not None and parent.layout() is not None and parent.layout().replaceWidget(target, holder):
        return parent, holder, None
    holder.setParent(parent)
    holder.setGeometry(target.geometry())
    holder.show()
    return parent, holder, None


def _give_back(target: QWidget, parent: QWidget | None, holder: _Placeholder, sizes: list[int] | None) -> None:
    if isinstance(parent, QSplitter):
        parent.replaceWidget(parent.indexOf(holder), target)
        parent.setSizes(sizes)
    elif parent is not None and parent.layout() is not None and parent.layout().replaceWidget(holder, target):
        pass
    else:
        target.setParent(parent)
        target.setGeometry(holder.geometry())
    holder.hide()
    holder.deleteLater()
    target.show()


def offer_focus(root: QWidget) -> list[FocusView]:
    """A focus view for every plot under ``root`` and every widget marked ``focusable`` (in ``root``'s window,
    not a dialog's); returns the new ones."""
    targets = [w for w in root.findChildren(QWidget) if isinstance(w, pg.GraphicsView) or w.property("focusable")]
    made = []
    for target in targets:
        if target.window() is root.window() and focus_view_of(target) is None:
            made.append(FocusView(target))
    return made


def focus_view_of(widget: QWidget) -> FocusView | None:
    return widget.findChild(FocusView, "", Qt.FindChildOption.FindDirectChildrenOnly)
