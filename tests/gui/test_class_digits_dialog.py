"""Class digits in the window: a student exports, the teacher imports everyone's files, sees the writers and the
split, scores the models on the test writers and fine-tunes the current model on the class set."""

from __future__ import annotations

import numpy as np

from core.data import my_digits
from core.predict_files import BUNDLED_MODEL
from gui.predict.class_digits_dialog import ClassDigitsDialog
from gui.state import AppState, ModelSource

WRITERS = ("Ana", "Ben", "Chen", "Dana", "Emil")


def _collect(root, mnist, start: int, n: int = 20) -> None:
    for i in range(start, start + n):
        my_digits.save_sample(root, int(mnist.test_y[i]), mnist.test_x[i, 0].numpy().astype(np.float32) / 255)


def test_a_class_gathers_its_digits_ranks_the_models_and_fine_tunes(qtbot, tmp_path, mnist, monkeypatch):
    exports = []
    for i, writer in enumerate(WRITERS):  # each student's computer: its own data folder and the dialog
        monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / f"student-{i}"))  # never the shared data folder
        student = AppState()
        _collect(student.data_root, mnist, 20 * i)
        dialog = ClassDigitsDialog(student)
        qtbot.addWidget(dialog)
        dialog.writer.setText(writer)
        exports.append(tmp_path / f"{writer}.digits.zip")
        dialog.export_to(exports[-1])
        qtbot.waitUntil(lambda d=dialog: "Digits exported: 20." in d.status.text(), timeout=30_000)
        student.shutdown()
        assert student.wait(30)

    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / "teacher"))
    teacher = AppState()
    try:
        dialog = ClassDigitsDialog(teacher)
        qtbot.addWidget(dialog)
        dialog.import_files(exports + exports[:1])  # one file twice: its digits are known the second time
        qtbot.waitUntil(lambda: dialog.writers.rowCount() == len(WRITERS), timeout=30_000)
        assert "Digits added: 100." in dialog.status.text() and "Already in the class set: 20." in dialog.status.text()
        uses = [dialog.writers.item(r, 2).text() for r in range(dialog.writers.rowCount())]
        assert "testing" in uses and "training" in uses
        dialog.score()
        qtbot.waitUntil(lambda: dialog.board_table.rowCount() >= 1, timeout=60_000)
        assert dialog.board_table.item(0, 0).text() == "Bundled digit model"
        assert dialog.board[0].accuracy >= 0.9
        with qtbot.waitSignal(teacher.modelChanged, timeout=30_000):
            teacher.load_model(ModelSource("bundled", BUNDLED_MODEL))
        with qtbot.waitSignal(teacher.runStarted, timeout=60_000) as started:
            assert dialog.finetune()
        assert started.args[0].config.dataset == "class-digits" and teacher.training
        teacher.stop_training()
        qtbot.waitUntil(lambda: not teacher.training, timeout=60_000)
    finally:
        teacher.shutdown()
        assert teacher.wait(30)
