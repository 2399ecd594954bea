"""``main.py runs``: the run folders under the runs folder, as a table or one JSON object per line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.folders import check_runs_folder
from core.paths import runs_dir
from core.printable import printable
from core.run_summary import RunSummary, list_summaries

COLUMNS = (  # title, text
    ("status", lambda s: s.status),
    ("epochs", lambda s: f"{s.epochs_done}/{s.epochs_planned}"),
    ("best val", lambda s: _percent(s.best_val_acc)),
    ("test", lambda s: _percent(s.test_acc)),
    ("arch", lambda s: s.arch),
    ("dataset", lambda s: s.dataset),
    ("started", lambda s: s.started.strftime("%Y-%m-%d %H:%M") if s.started else "-"),
    ("folder", lambda s: s.path.name),  # what --resume takes
    ("name", lambda s: f"{s.name}  ({s.status}: {s.problem})" if s.problem else s.name),
)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}%"


def table(summaries: list[RunSummary]) -> str:
    """Aligned columns, each as wide as its longest cell; the name last, unpadded."""
    rows = [[title for title, _ in COLUMNS]] + [[printable(text(s), 400) for _, text in COLUMNS] for s in summaries]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows)


def runs(args: argparse.Namespace) -> int:
    root = Path(args.runs_dir) if args.runs_dir else runs_dir()  # the option wins over $CNN_PLAYGROUND_RUNS
    summaries = list_summaries(check_runs_folder(root, create=False)) if root.exists() else []
    if args.json:
        for summary in summaries:
            print(json.dumps(summary.to_json()))
    elif summaries:
        print(table(summaries))
        bad = sum(s.status == "unreadable" for s in summaries)
        unreadable = f" ({bad} unreadable: fix or remove the file named, or move the folder away)" if bad else ""
        print(f"\n{len(summaries)} runs in {printable(root, 300)}{unreadable}")
    else:
        print(
            f"No run folders in {printable(root, 300)} yet: train one (python main.py train) "
            "or choose another --runs-dir."
        )
    return 0
