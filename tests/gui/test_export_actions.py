"""The Export menu on a real short MNIST run: ONNX written on a job, checked, and said in words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from core.export import FORMATS
from gui.runs import export_actions
from gui.runs.export_actions import ExportActions, export_menu
from gui.state import ModelSource
from tests.helpers import short_run


@pytest.fixture(scope="module")
def run_dir(mnist, tmp_path_factory):
    return short_run(mnist, tmp_path_factory.mktemp("runs"))


def save_as(monkeypatch, path, chosen_filter=""):
    """The file dialog answers ``path`` (and the filter the user picked)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), chosen_filter))


def test_onnx_item_exports_on_a_job_and_says_the_parity(qtbot, app_state, run_dir, tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = export_menu(parent, app_state, lambda: [run_dir])
    assert [a.objectName() for a in menu.actions()] == [
        "export_csv",
        "export_weights",
        "export_onnx",
        "export_pt2",
        "",
        "showCode",
    ]
    save_as(monkeypatch, tmp_path / "model")  # no suffix typed: .onnx is added
    actions = menu.export_actions
    with qtbot.waitSignal(actions.done, timeout=180_000) as said:
        menu.actions()[2].trigger()
        assert "checking" in actions.box.text()  # the box shows the work under way; the window is not blocked
    assert (tmp_path / "model.onnx").is_file()
    text = said.args[0]
    assert text.startswith("Saved model.onnx. Checked with onnxruntime on 64 MNIST test images: same answers")
    assert "largest difference" in text and actions.box.text() == text


def test_onnx_item_explains_the_extra_when_it_is_missing(qtbot, app_state, run_dir, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = export_menu(parent, app_state, lambda: [run_dir])
    monkeypatch.setattr(type(FORMATS.get("onnx")), "missing", lambda self: self.needs)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file dialog without the extra"))
    menu.actions()[2].trigger()
    assert "uv run --extra onnx main.py" in menu.export_actions.box.text()


def test_current_model_exports_in_the_chosen_filter_format(qtbot, app_state, run_dir, tmp_path, monkeypatch):
    with qtbot.waitSignal(app_state.modelChanged, timeout=30_000):
        app_state.load_model(ModelSource("run", run_dir))
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExportActions(parent, app_state, list)
    save_as(monkeypatch, tmp_path / "lenet.onnx", actions.filters()["pt2"])  # the filter decides the format
    with qtbot.waitSignal(actions.done, timeout=120_000) as said:
        actions.export_current_model()
    assert said.args[0].startswith("Saved lenet.pt2. Checked with torch.export.load on 64 MNIST test images")
    assert (tmp_path / "lenet.pt2").is_file()
    assert export_actions.MODEL_FORMATS == ("weights", "onnx", "pt2")


def test_a_failed_export_says_why_and_leaves_no_file(qtbot, app_state, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = export_menu(parent, app_state, lambda: [tmp_path / "gone"])
    save_as(monkeypatch, tmp_path / "copy.pt")
    with qtbot.waitSignal(menu.export_actions.failed, timeout=30_000):
        menu.actions()[1].trigger()
    assert menu.export_actions.box.text().startswith("Nothing was exported. There is no run folder")
    assert not (tmp_path / "copy.pt").exists()
