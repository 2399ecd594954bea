"""The Runs table's filter: words typed (all must appear in name (in English or as shown), note, folder,
architecture or dataset), and the architecture and dataset chosen in the combo boxes ("" = any); and the bar above
the table where they are chosen.
Sorting reads the model's SORT_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from gui.run_names import run_title
from gui.runs.runs_model import SORT_ROLE, RunsModel
from gui.widgets.retranslating import Retranslating


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
        shown = run_title(run)  # the name in the language on show ("学习率"), as well as its English
        haystack = " ".join((run.name, shown, run.note, run.path.name, run.arch, run.dataset, run.status)).lower()
        return all(word in haystack for word in self.words)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class FilterBar(Retranslating, QWidget):
    """Words to look for, and the architecture and dataset to show, set on ``proxy`` as they change."""

    def __init__(self, proxy: RunsFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy = proxy
        self.edit = QLineEdit(self, objectName="runsFilter", clearButtonEnabled=True)
        self.arch_combo = QComboBox(self, objectName="runsArchCombo")
        self.dataset_combo = QComboBox(self, objectName="runsDatasetCombo")
        self.edit.textChanged.connect(proxy.set_text)
        self.arch_combo.currentIndexChanged.connect(lambda: proxy.set_arch(self.arch_combo.currentData() or ""))
        self.dataset_combo.currentIndexChanged.connect(
            lambda: proxy.set_dataset(self.dataset_combo.currentData() or "")
        )
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.edit, 2)
        bar.addWidget(self.arch_combo, 1)
        bar.addWidget(self.dataset_combo, 1)
        self.fill()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Filter: words in the name, note, network or dataset"))
        self.edit.setAccessibleName(self.tr("Filter runs"))
        self.edit.setToolTip(self.tr("Type words to show only the runs whose name, note, network or dataset match."))
        self.arch_combo.setAccessibleName(self.tr("Show runs of this architecture"))
        self.arch_combo.setToolTip(self.tr("Show only the runs of one network."))
        self.arch_combo.setItemText(0, self.tr("All architectures"))
        self.dataset_combo.setAccessibleName(self.tr("Show runs on this dataset"))
        self.dataset_combo.setToolTip(self.tr("Show only the runs trained on one dataset."))
        self.dataset_combo.setItemText(0, self.tr("All datasets"))

    def fill(self) -> None:
        """The architectures and datasets of the runs listed, each once, after "All"."""
        runs = self.proxy.sourceModel().runs
        for combo, key in ((self.arch_combo, "arch"), (self.dataset_combo, "dataset")):
            values = sorted({getattr(run, key) for run in runs})
            if combo.count() and [combo.itemData(i) for i in range(1, combo.count())] == values:
                continue
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.retranslate()
