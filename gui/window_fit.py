"""The main window on the screen it opens on: a first window that fits, a remembered one clamped.

A projector plugged in since the last class is smaller than the desktop the window was closed on:
``restoreGeometry`` alone would open it with Start off-screen. ``fit_rect`` is the pure rule (QRect in,
QRect out) so it is tested without screens; ``place_on_screen`` applies it to a window.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1400, 900)  # the window's inside on a screen with room for it
# a window manager's title bar and borders: unknown until the window is shown, so room is kept for them
FRAME = QMargins(4, 32, 4, 4)


def fit_rect(rect: QRect, available: QRect, frame: QMargins = FRAME) -> QRect:
    """``rect`` (the window's inside) shrunk and moved as little as possible so that it, with its frame, lies
    inside ``available`` (a screen's area without panels and docks)."""
    room = available.marginsRemoved(frame)
    size = rect.size().boundedTo(room.size())
    x = min(max(rect.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(rect.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(x, y), size)


def first_rect(available: QRect, size: QSize = DEFAULT_SIZE, frame: QMargins = FRAME) -> QRect:
    """Where a first window goes: ``size`` centred in ``available``, or all of it on a small screen."""
    room = available.marginsRemoved(frame)
    fitted = size.boundedTo(room.size())
    corner = room.topLeft() + QPoint((room.width() - fitted.width()) // 2, (room.height() - fitted.height()) // 2)
    return QRect(corner, fitted)


def place_on_screen(win: QWidget, restored: bool) -> None:
    """Fit ``win`` to the screen under its centre (else the primary one): a remembered geometry (``restored``)
    is clamped, a first window gets the default size centred. Maximised and full-screen windows are left."""
    if win.isMaximized() or win.isFullScreen():
        return
    rect = win.geometry()
    screen = QGuiApplication.screenAt(rect.center()) if restored else None
    screen = screen or win.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (a headless test platform without one): nothing to fit to
        win.resize(DEFAULT_SIZE)
        return
    available = screen.availableGeometry()
    win.setGeometry(fit_rect(rect, available) if restored else first_rect(available))
