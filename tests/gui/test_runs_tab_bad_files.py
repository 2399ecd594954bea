"""Issue 23 in the window: damaged run folders listed as unreadable beside the good ones, a stale "running" that
no longer disables Resume, and a Start into a runs folder that is a file. Real runs, real widgets."""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.config import TrainConfig
from core.control import RunControl
from core.events import EpochEnd
from core.trainer import Trainer
from tests.run_damage import CASES, copy_run, edit_json

SMALL = dict(arch="mlp", dataset="mnist", epochs=2, batch_size=100, train_subset=600, threads=1)


def stopped_run(data_root, root: Path) -> Path:
    """A real run of 2 planned epochs, stopped after the first."""
    control = RunControl()
    stop = lambda event: control.stop() if isinstance(event, EpochEnd) else None
    final = Trainer(TrainConfig(**SMALL), stop, control, data_root=data_root, runs_root=root).run()
    assert final.kind == "stopped"
    return final.run_dir


def test_damaged_folders_are_listed_as_unreadable_and_a_stale_running_is_not_believed(make_window, qtbot, data_root):
    from PySide6.QtCore import Qt

    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    good = stopped_run(data_root, root)
    for i, (name, change, _reason) in enumerate(CASES.values()):
        edit_json(copy_run(good, root / f"bad-{i}"), name, change)
    edit_json(good, "status.json", lambda raw: {**raw, "status": "running", "updated": "2026-01-01T00:00:00+00:00"})
    edit_json(good, "label.json", lambda raw: {"name": "evil\x1b[2J\nname"})
    win = make_window()
    tab = win.runs
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.model.runs) == len(CASES) + 1, timeout=20_000)
    status = tab.model.column_of["status"]
    for row, run in enumerate(tab.model.runs):
        text = tab.model.index(row, status).data(Qt.ItemDataRole.DisplayRole)
        if run.path == good:
            assert text == "stopped" and run.name == "evil\\x1b[2J\\x0aname"
        else:
            reason = CASES[list(CASES)[int(run.path.name.split("-")[1])]][2]
            assert text.startswith("unreadable: ") and reason in text, text
            assert "Fix or remove" in tab.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    tab.select_paths([good])
    assert tab.train_actions.resume_button.isEnabled()  # no process holds the run: Resume is offered
    damaged_metrics = root / f"bad-{list(CASES).index('val_acc as text')}"
    tab.select_paths([damaged_metrics])  # its settings are readable: Resume rebuilds metrics.json from last.pt
    assert tab.train_actions.resume_button.isEnabled()
    tab.select_paths([root / f"bad-{list(CASES).index('config without settings')}"])
    assert not tab.train_actions.resume_button.isEnabled()  # nothing to resume with


def test_start_into_a_runs_folder_that_is_a_file_says_so(make_window, qtbot, data_root, tmp_path, monkeypatch):
    (tmp_path / "runs").write_text("a file")
    monkeypatch.setenv("CNN_PLAYGROUND_RUNS", str(tmp_path / "runs"))
    win = make_window()
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        assert win.state.start_run(TrainConfig(**SMALL))
    final = ended.args[0]
    assert final.kind == "disk" and "is a file, not a folder" in str(final.message) and "bug" not in str(final.hint)
    assert json.dumps(final.message.to_json())  # a message, not an exception object
