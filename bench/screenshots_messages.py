"""Screenshots of core's typed messages said in the window: the Runs tab listing damaged run folders (each row's
"unreadable: why" and its tooltip) and the Train tab refusing a runs folder that is a file, at 1024x768 with the
projector look, in English and in Chinese.

    uv run python bench/screenshots_messages.py [--out /tmp/shots]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_messages_")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app  # noqa: E402

DAMAGED = {  # folder name -> file written into it: what the Runs tab says about each
    "run-bad-json": {"config.json": "{not json"},
    "run-bad-status": {"config.json": None, "status.json": json.dumps({"status": "flying"})},
    "run-bad-metrics": {"config.json": None, "metrics.json": json.dumps([{"epoch": 2}, {"epoch": 1}])},
}


def damaged_runs(root: Path) -> None:
    from core.config import TrainConfig
    from core.runs import write_config

    for name, files in DAMAGED.items():
        folder = root / name
        folder.mkdir(parents=True)
        for file, text in files.items():
            if text is None:
                write_config(folder, TrainConfig(epochs=3), {})
            else:
                (folder / file).write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=TMP / "shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    runs_root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    damaged_runs(runs_root)
    app = create_app([])
    from gui.main_window import MainWindow

    for lang in ("en", "zh_CN"):
        settings = QSettings(str(TMP / f"settings-{lang}.ini"), QSettings.IniFormat)
        win = MainWindow(settings)
        win.confirm_close = False
        win.set_language(lang)
        win.classroom.set_projector(True)
        win.resize(1024, 768)
        win.show()
        win.tabs.setCurrentWidget(win.runs)
        pump(app, lambda model=win.runs.model: model.rowCount() >= len(DAMAGED))
        pump(app, lambda: False, 1.0)
        bar = win.runs.table.horizontalScrollBar()
        bar.setValue(bar.maximum())  # the status column, where "unreadable: why" is
        model = win.runs.model
        for row in range(model.rowCount()):
            cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
            print(" | ".join(str(c) for c in cells if c), flush=True)
        pump(app, lambda: False, 0.5)
        win.grab().save(str(args.out / f"messages_runs_{lang}.png"))
        print(args.out / f"messages_runs_{lang}.png", flush=True)
        win.close()
        win.wait_for_tasks(30)


if __name__ == "__main__":
    main()
