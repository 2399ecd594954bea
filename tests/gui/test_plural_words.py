"""Counts read right for one and for many, in English and Chinese (Qt's %n forms): no "1 settings differ"."""

from __future__ import annotations

from core.config import TrainConfig
from gui.i18n import language
from gui.runs.settings_diff import SettingsDiff
from gui.train.progress_panel import ProgressPanel


def test_one_differing_setting_and_one_saved_epoch_read_right_in_both_languages(qtbot, tmp_path):
    from core.events import RunFailed

    diff, progress = SettingsDiff(), ProgressPanel()
    qtbot.addWidget(diff)
    qtbot.addWidget(progress)
    configs = [TrainConfig(), TrainConfig(lr=0.01)]
    stopped = RunFailed("stopped", "Stopped by you at epoch 2, batch 3.", "", tmp_path, history=[object()])
    try:
        for code, one_setting, one_epoch in (
            ("en", "Settings that differ: 1.", "Finished epochs saved: 1."),
            ("zh_CN", "1 项设置不同", "已完成的 1 轮已保存"),
        ):
            language().install(code)
            diff.show_configs(["a", "b"], ["#0072b2", "#d55e00"], configs)
            progress.on_finished(stopped)
            assert one_setting in diff.note.text() and "1 settings" not in diff.note.text()
            assert one_epoch in progress.status.text() and "1 finished epochs" not in progress.status.text()
    finally:
        language().install("en")
