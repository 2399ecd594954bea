"""Issue 23, lessons: a huge or deeply nested file is refused with a message (read off the GUI thread), and a
link in a lesson's text opens only when it is a web link the user agreed to; file: links never reach the desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_lessons_gui import open_file

LINKS = 'title = "Links"\ntext = "[site](https://example.org/a) and [secret](file:///etc/passwd)"\n'


@pytest.fixture
def dialogs(monkeypatch):
    """What the window said, and the URLs it handed to the desktop (none really opened)."""
    said = {"warning": [], "information": [], "question": [], "opened": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said["warning"].append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said["information"].append(text))

    def question(parent, title, text):
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: said["opened"].append(url.toString()) or True)
    return said


@pytest.mark.parametrize(
    "contents, words",
    [
        ('title = "x"\ntext = """' + "a" * (10 * 2**20) + '"""\n', "the file is 10.0 MB; a lesson may be at most 1 MB"),
        ("title = " + "[" * 5000 + "]" * 5000 + "\n", "nested more than 16 deep"),
        ('title = "x"\ntext = "' + "b" * 30_000 + '"\n', "'text' is 30,000 characters long"),
    ],
    ids=["10 MB", "nested 5000 deep", "a 30,000-character text"],
)
def test_a_hostile_lesson_file_is_refused_with_a_message(contents, words, make_window, qtbot, tmp_path, dialogs):
    path = tmp_path / "hostile.lesson"
    path.write_text(contents, encoding="utf-8")
    win = make_window()
    before = win.config_panel.values()
    assert not open_file(qtbot, win, path)
    assert len(dialogs["warning"]) == 1 and words in dialogs["warning"][0], dialogs["warning"]
    assert win.config_panel.values() == before and not win.lessons.isVisible()


def test_only_web_links_open_and_only_after_saying_where(make_window, qtbot, tmp_path, dialogs):
    path = tmp_path / "links.lesson"
    path.write_text(LINKS, encoding="utf-8")
    win = make_window()
    assert open_file(qtbot, win, path)
    panel = win.lessons.panel
    assert not panel.text.openExternalLinks()
    panel.text.linkActivated.emit("file:///etc/passwd")
    assert dialogs["opened"] == [] and "was not opened: file:///etc/passwd" in dialogs["information"][0]
    panel.text.linkActivated.emit("https://example.org/a")
    assert "This link opens https://example.org/a" in dialogs["question"][0]
    assert dialogs["opened"] == ["https://example.org/a"]
