"""The Runs table's filter: words typed (all must appear in name, note, folder, architecture or dataset), and the
architecture and dataset chosen in the combo boxes ("" = any). Sorting reads the model's SORT_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel

from gui.runs.runs_model import SORT_ROLE, RunsModel


class RunsFilter(QSortFilterProxyModel):
    def __init__(self, model: RunsModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.words: list[str] = []
        self.arch = ""
        self.dataset = ""

    def set_text(self, text: str) -> None:
        self._refilter("words", text.lower().split())

    def set_arch(self, arch: str) -> None:
        self._refilter("arch", arch)

    def set_dataset(self, dataset: str) -> None:
        self._refilter("dataset", dataset)

    def _refilter(self, attribute: str, value) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            setattr(self, attribute, value)
            return self.invalidateFilter()
        self.beginFilterChange()
        setattr(self, attribute, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        run = self.sourceModel().runs[row]
        if self.arch and run.arch != self.arch or self.dataset and run.dataset != self.dataset:
            return False
        haystack = " ".join((run.name, run.note, run.path.name, run.arch, run.dataset, run.status)).lower()
        return all(word in haystack for word in self.words)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
