"""The Data view on the Train tab: real MNIST counts, class rows, and the augmentation preview following the setting."""

from __future__ import annotations

from core import data

TIMEOUT = 60_000


def test_the_data_page_shows_mnist_and_follows_the_settings_from_memory(qtbot, make_window, mnist):
    win = make_window(dataset="mnist", augment="none", val_fraction=0.1, seed=0)
    view = win.train.data_view
    with qtbot.waitSignal(timeout=TIMEOUT, signal=view.shown) as shown:
        win.train.pages.setCurrentWidget(view)  # a hidden page loads nothing: showing it loads the data
    assert shown.args[0].dataset == "mnist"
    train_idx, val_idx = data.split_validation(len(mnist.train_x), 0.1, 0)
    assert view.counts.count(3, "train") == int((mnist.train_y[train_idx] == 3).sum())
    assert view.counts.count(3, "validation") == int((mnist.train_y[val_idx] == 3).sum())
    assert view.counts.count(3, "test") == int((mnist.test_y == 3).sum())
    assert "54,000" in view.heading.text() and "10,000" in view.heading.text()
    assert view.classes.tile_count() == 10 * 9  # each class: its mean, then 8 training images
    assert not view.warnings.isVisible() and not view.skipped.isVisible()

    with qtbot.waitSignal(timeout=TIMEOUT, signal=view.previewed) as previewed:
        win.config_panel.set_values({"augment": "affine"})
    assert previewed.args == ["affine"] and not view.preview.pixmap().isNull()
    assert "affine" in view.preview_title.text().lower() or "仿射" in view.preview_title.text()

    in_memory = view.kept[1]
    with qtbot.waitSignal(timeout=TIMEOUT, signal=view.shown):
        win.config_panel.set_values({"val_fraction": 0.2})
    assert view.kept[1] is in_memory  # a new validation share is answered from the dataset in memory
    assert view.counts.count(3, "validation") == int(
        (mnist.train_y[data.split_validation(len(mnist.train_x), 0.2, 0)[1]] == 3).sum()
    )
