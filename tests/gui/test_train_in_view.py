"""Issue 19, in front of the class at 1024x768: with the welcome bar showing or a lesson open, in both languages, in
the normal look and in projector mode, Start and Stop are in view without scrolling, no text the Train tab's plots
paint is cut (titles, axis labels, legends; the widgets' texts are test_nothing_cut's and test_lesson_beside's), and
the run compared with the live one is named in every state: by its legend or, where a plot is too small for that,
by a caption over the plots.

The window is 1024x738: a 1024x768 screen less a window manager's title bar (what the window gets on a first launch)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

from tests.gui.plot_text_room import cut_plot_texts

SIZE = (1024, 738)


def _settle() -> None:
    for _ in range(4):  # the plots and the pages lay out in a few passes after a switch
        QApplication.processEvents()


def _out_of_view(win) -> list[str]:
    """The run buttons whose rectangle is not inside what the Train page's scroll area shows."""
    view = win.train.findChild(QScrollArea, "trainTabScroll").viewport()
    out = []
    for key in ("start", "stop"):
        button = win.train.buttons[key]
        rect = button.rect().translated(button.mapTo(view, button.rect().topLeft()))
        if not button.isVisible() or not view.rect().contains(rect):
            out.append(f"{key} at {rect.getRect()} in a view of {view.rect().getRect()}")
    return out


def _compared_run_unnamed(win, name: str) -> list[str]:
    """The plots whose grey dashed curve a class cannot put a name to: no legend shows it, no caption names it."""
    reference, caption = win.train.reference, win.train.reference.caption
    named_below = caption.isVisible() and name in caption.text()
    return [key for key, legend in reference.legends.items() if not (legend.isVisible() or named_below)]


def test_start_and_stop_stay_in_view_plot_texts_fit_and_the_compared_run_is_named(make_window, qtbot, run):
    earlier = Path(run[0].run_dir)  # the session's trained LeNet, outside this window's runs folder
    win = make_window()
    win.resize(*SIZE)
    reference = win.train.reference
    reference.pin(earlier)  # Runs > Pin on Train: drawn faint under the curves
    qtbot.waitUntil(lambda: reference.curves is not None, timeout=20_000)
    problems = []
    try:
        for language in ("en", "zh_CN"):
            win.set_language(language)
            for projector in (False, True):
                win.classroom.set_projector(projector)
                for state in ("welcome bar", "lesson"):
                    if state == "lesson":
                        win.lessons.open_lesson(win.lessons.bundled()[1])  # 2. Sigmoid or LeakyReLU?
                    else:
                        win.lessons.close_lesson()
                        win.classroom.welcome.setVisible(True)
                    win.tabs.setCurrentWidget(win.train)
                    win.resize(*SIZE)
                    _settle()
                    where = f"{language} {'projector' if projector else 'normal'} {state}"
                    problems += [f"{where}: not in view: {p}" for p in _out_of_view(win)]
                    plots = (win.train.plots.loss_plot, win.train.plots.acc_plot, win.train.plots.lr_plot)
                    problems += [f"{where}: cut: {c}" for plot in plots for c in cut_plot_texts(plot)]
                    unnamed = _compared_run_unnamed(win, reference.name())
                    problems += [f"{where}: the compared run is not named on the {key} plot" for key in unnamed]
        assert (win.width(), win.height()) == SIZE
    finally:
        win.lessons.close_lesson()
        win.set_language("en")
        win.classroom.set_projector(False)
    assert not problems, f"{len(problems)} problems at 1024x738:\n" + "\n".join(problems)
