"""``main.py runs``: the run folders under the runs folder, as a table or one JSON object per line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.paths import runs_dir
from core.run_summary import RunSummary, list_summaries

COLUMNS = (  # title, width, text
    ("status", 8, lambda s: s.status),
    ("epochs", 7, lambda s: f"{s.epochs_done}/{s.epochs_planned}"),
    ("best val", 8, lambda s: _percent(s.best_val_acc)),
    ("test", 7, lambda s: _percent(s.test_acc)),
    ("arch", 12, lambda s: s.arch),
    ("dataset", 12, lambda s: s.dataset),
    ("started", 16, lambda s: s.started.strftime("%Y-%m-%d %H:%M") if s.started else "-"),
    ("name", 0, lambda s: s.name),
)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}%"


def table(summaries: list[RunSummary]) -> str:
    line = lambda cells: "  ".join(c.ljust(w) if w else c for c, (_, w, _) in zip(cells, COLUMNS)).rstrip()
    rows = [line([title for title, _, _ in COLUMNS])]
    rows += [line([text(s) for _, _, text in COLUMNS]) for s in summaries]
    return "\n".join(rows)


def runs(args: argparse.Namespace) -> int:
    root = Path(args.runs_dir) if args.runs_dir else runs_dir()  # the option wins over $CNN_PLAYGROUND_RUNS
    summaries = list_summaries(root) if root.is_dir() else []
    if args.json:
        for summary in summaries:
            print(json.dumps(summary.to_json()))
    elif summaries:
        print(table(summaries))
        print(f"\n{len(summaries)} runs in {root}")
    else:
        print(f"No run folders in {root} yet: train one (python main.py train) or choose another --runs-dir.")
    return 0
