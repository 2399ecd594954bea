"""A digit drawn on the Draw tab runs the network for the panels that show it, not for those out of sight: Evaluate's
what-if and Inside's "fool it" answer the drawing once the user looks at them."""

from __future__ import annotations

import numpy as np


def test_panels_out_of_sight_answer_the_drawing_once_they_show(make_window, qtbot, mnist):
    win = make_window()
    qtbot.waitUntil(lambda: win.state.model is not None, timeout=30_000)
    win.tabs.setCurrentWidget(win.predict)
    what_if, fool = win.evaluate.robustness, win.inside.fool_panel
    qtbot.waitUntil(lambda: fool.net is not None, timeout=30_000)
    submitted = []
    submit = win.state.tasks.submit

    def spy(group, key, *args, **kwargs):
        submitted.append((group, key))
        return submit(group, key, *args, **kwargs)

    win.state.tasks.submit = spy
    digits = [mnist.test_x[i, 0].numpy().astype(np.float32) / 255 for i in range(5)]
    for digit in digits:  # as strokes would: a new picture each time
        win.state.set_drawing(digit)
    assert np.allclose(what_if.image, digits[-1])  # the picture is taken at once...
    assert what_if.prediction is None and ("fool", "fool") not in submitted  # ...the network waits for a look

    win.tabs.setCurrentWidget(win.evaluate)
    win.evaluate.tabs.setCurrentWidget(what_if.parentWidget())
    assert what_if.prediction is not None and what_if.prediction[0] == int(mnist.test_y[4])
    assert "%" in what_if.result.text()

    win.tabs.setCurrentWidget(win.inside)
    with qtbot.waitSignal(fool.resultShown, timeout=30_000):
        win.inside.tabs.setCurrentWidget(fool)
    assert submitted.count(("fool", "fool")) == 1  # one attack, of the last picture
    assert fool.image.image is not None and np.allclose(fool.image.image, digits[-1])
