"""The Train tab's status line: two lines for a batch's news, as many as a long text needs (a run's name)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.train.status_line import StatusLine

LONG = "Showing the saved run " + "LeNet-5 (classic) · LeakyReLU · lr 0.1 · 3000 images (2) " * 3


def test_a_long_status_gets_the_lines_it_needs_and_a_short_one_two(qtbot):
    host = QWidget()
    line = StatusLine(host)
    layout = QVBoxLayout(host)
    layout.addWidget(line)
    layout.addStretch(1)
    qtbot.addWidget(host)
    host.resize(300, 500)
    host.show()
    line.set_text("Epoch 1/5 · batch 3/100")
    QApplication.processEvents()
    two = line.height()
    line.set_text(LONG)
    qtbot.waitUntil(lambda: line.height() > two)
    assert line.label.height() >= line.label.heightForWidth(line.width())  # every line of it shows
    line.set_text("Epoch 1/5 · batch 4/100")
    qtbot.waitUntil(lambda: line.height() == two)
