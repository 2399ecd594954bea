"""The app state's list of runs: every run folder of the runs folder, read on a task in one order (newest first),
kept current as runs start and end epochs and as a sweep's trials appear. The Runs tab and the model chooser both
show this one list. A mixin of ``AppState`` (which holds the signals ``runsListed``, ``runUpdated``, ``runsFailed``).
"""

from __future__ import annotations

from pathlib import Path

from core.run_summary import RunSummary, list_summaries, newest_first, summarize


class RunListing:
    runs: list[RunSummary]

    def refresh_runs(self, *_args) -> None:
        """Read every run folder again, on a task; ``runsListed`` follows."""
        root = self.runs_root
        self.runs_jobs.submit("list", lambda: list_summaries(root), self._runs_listed, self.runsFailed.emit)

    def refresh_run(self, run_dir: Path | None) -> None:
        """Read one run folder again (a run training, a trial, a renamed run); ``runUpdated`` follows."""
        if run_dir is None:
            return
        path = Path(run_dir)
        self.runs_jobs.submit(f"row {path}", lambda: summarize(path), self._run_read, lambda _message: None)

    def _runs_listed(self, runs: list[RunSummary]) -> None:
        self.runs = list(runs)
        self.runsListed.emit(self.runs)

    def _run_read(self, summary: RunSummary) -> None:
        if summary.path.parent != self.runs_root:
            return  # a run in another folder (a resumed copy elsewhere): not listed here
        others = [r for r in self.runs if r.path != summary.path]
        self.runs = newest_first([*others, summary])
        self.runUpdated.emit(summary)
