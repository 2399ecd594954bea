"""One name per concept and one unit for accuracy (issue 19): "Receptive field" on Train and Inside alike, and
the Tune tab's accuracies in % as on every other tab."""

from __future__ import annotations

from core.sweep_events import TrialSummary
from gui.inside.layer_table import LayerTable
from gui.runs.sweep_table import TrialsTable
from gui.widgets.summary_table import SummaryTable


def header_texts(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_the_receptive_field_has_one_name_and_accuracy_one_unit(qtbot, app_state):
    summary, layers, sweep = SummaryTable(app_state.jobs("summary")), LayerTable(), TrialsTable()
    for widget in (summary, layers, sweep):
        qtbot.addWidget(widget)
    assert "Receptive field" in header_texts(summary.table) and "Receptive field" in header_texts(layers)
    assert not {"RF", "Sees"} & {*header_texts(summary.table), *header_texts(layers)}
    sweep.set_trial(TrialSummary(0, {"lr": 0.01}, "COMPLETE", 0.8477, None, 12.0, (0.8, 0.8477)))
    assert sweep.item(0, 3).text() == "84.77 %"  # not 0.8477


def test_draw_and_inside_write_the_same_confidence():
    from gui.widgets.numbers import confidence

    assert confidence(0.998) == "99.8"  # Draw said "100 % sure" where Inside said 99.8 %
    assert confidence(0.5) == "50.0"
