"""The "What's this?" pick mode (Shift+F1): the cursor becomes a question mark and a click on any control or
chart explains it in a sentence.

Qt's own mode (QWhatsThis) does the cursor and the popup. This filter gives every widget an answer: its own
whatsThis text, else its chart's sentence (help_texts.py), else its tooltip, looked up from the clicked widget
outwards, so a control added later needs nothing more than its tooltip. The filter sits on the whole application
only while the mode is on: on every event of every widget, it cost the GUI thread 6 % of a tab switch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabBar, QWhatsThis, QWidget

from gui.classroom.help_texts import HelpTexts


# what the application does with this filter when the mode starts or ends
MODE_CHANGES = {
    QEvent.Type.EnterWhatsThisMode: QApplication.installEventFilter,
    QEvent.Type.LeaveWhatsThisMode: QApplication.removeEventFilter,
}


class WhatsThisHelper(QObject):
    explained = Signal(str)  # the sentence just shown

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.charts = HelpTexts(self).charts()
        self.last = ""
        self._action: QAction | None = None
        self._window: QObject | None = None

    def action(self, parent: QObject) -> QAction:
        self._action = QWhatsThis.createAction(parent)  # Shift+F1, with Qt's question-mark cursor
        self._window = parent
        parent.installEventFilter(self)  # Qt tells top-level windows when the mode starts and ends
        self.retranslate()
        return self._action

    def retranslate(self) -> None:
        """The action's words and the charts' sentences in the language now installed (called by Classroom)."""
        self.charts = HelpTexts(self).charts()
        if self._action is not None:
            self._action.setText(self.tr("What's &this?"))
            self._action.setToolTip(self.tr("Then click any control or chart to read what it is for (Shift+F1)."))

    def sentence(self, widget: QWidget, pos: QPoint) -> str:
        """What to say about ``widget`` (clicked at ``pos``, in its coordinates), or about the nearest parent."""
        if isinstance(widget, QTabBar) and widget.tabAt(pos) >= 0:
            i = widget.tabAt(pos)
            if widget.tabWhatsThis(i) or widget.tabToolTip(i):
                return widget.tabWhatsThis(i) or widget.tabToolTip(i)
        w = widget
        while w is not None:
            text = w.whatsThis() or self.charts.get(w.objectName()) or self.charts.get(type(w).__name__) or w.toolTip()
            if text:
                return text
            w = w.parentWidget()
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind in MODE_CHANGES:
            MODE_CHANGES[kind](QApplication.instance(), self)
            return False
        if kind not in (QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis) or not isinstance(watched, QWidget):
            return False
        text = self.sentence(watched, event.pos())
        if not text:
            return False
        if kind == QEvent.Type.WhatsThis:
            self.last = text
            QWhatsThis.showText(event.globalPos(), text, watched)
            self.explained.emit(text)
        event.accept()
        return True
