"""What a classroom needs on top of the window, installed in one place: projector mode (View menu,
Ctrl+Shift+P, remembered), the "What's this?" pick mode (Help menu, Shift+F1), the welcome panel of a first
launch (Help > First steps shows it again) and a tooltip on every tab."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.classroom.help_texts import HelpTexts
from gui.classroom.welcome_panel import WelcomePanel
from gui.classroom.whats_this import WhatsThisHelper
from gui.theme import Look, style_plots
from gui.widgets.combo_fit import fit_every_combo
from gui.widgets.focus_view import offer_focus
from gui.widgets.label_fit import keep_wrapped_lines
from gui.widgets.scroll_page import scroll_inside


class Classroom(QObject):
    def __init__(self, window, view_menu: QMenu, help_menu: QMenu):
        super().__init__(window)
        self.window, self.settings, self.theme = window, window.settings, window.state.theme
        self.projector_action = QAction(
            window, checkable=True, shortcut=QKeySequence("Ctrl+Shift+P"), objectName="projectorAction"
        )
        view_menu.addSeparator()
        view_menu.addAction(self.projector_action)
        self.whats_this = WhatsThisHelper(self)
        self.whats_this_action = self.whats_this.action(window)
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.whats_this_action)
        self.welcome_action = QAction(window, objectName="welcomeAction")
        self.welcome_action.triggered.connect(self.show_welcome)
        help_menu.insertAction(first, self.welcome_action)
        help_menu.insertSeparator(first)
        for action in (self.projector_action, self.whats_this_action):
            window.addAction(action)  # the shortcuts work with the menu closed
        self.welcome = WelcomePanel(window.centralWidget())
        window.centralWidget().layout().insertWidget(0, self.welcome)
        self.welcome.setVisible(not self.settings.welcome_dismissed)
        self.welcome.dismissed.connect(self._on_welcome_dismissed)
        self.welcome.stepChosen.connect(self._go_to_step)
        self.retranslate()
        for i in range(window.tabs.count()):  # the window fits a 1024x768 projector, whatever the text size
            scroll_inside(window.tabs.widget(i))
        fit_every_combo(window)  # a combo box is as wide as the entry it shows: a form row wraps instead
        keep_wrapped_lines(window)  # and a wrapped label as tall as its lines: the page scrolls instead
        offer_focus(window)  # any plot, the confusion matrix and the layer tables can be shown large
        self.theme.changed.connect(self._on_look)
        window.tabs.currentChanged.connect(self._restyle_page)
        self.projector_action.setChecked(self.settings.projector)
        self.projector_action.toggled.connect(self.set_projector)
        self.theme.set_projector(self.settings.projector)  # also undoes what an earlier window set app-wide

    def shortcut_actions(self) -> list[QAction]:
        """For Help > Keyboard shortcuts."""
        return [self.projector_action, self.whats_this_action]

    def set_projector(self, on: bool) -> None:
        self.settings.projector = on
        if self.projector_action.isChecked() != on:
            self.projector_action.setChecked(on)
        if self.theme.projector != on:
            self.theme.set_projector(on)

    def _on_look(self, look: Look) -> None:
        if look.projector or self.window.property("styled"):  # normal at start: the plots keep their own look
            style_plots(self.window, look)
            self.window.setProperty("styled", True)

    def _restyle_page(self, index: int) -> None:
        """Curves a tab drew while hidden (runs compared, a sweep's trials) take the projector look when shown;
        plots it made since get their focus button."""
        if index >= 0:
            offer_focus(self.window.tabs.widget(index))
        if self.theme.projector and index >= 0:
            style_plots(self.window.tabs.widget(index), self.theme.look)

    def show_welcome(self) -> None:
        self.welcome.show()

    def lesson_changed(self, lesson) -> None:
        """A lesson takes the class to the Train tab and has its own steps: the welcome bar makes room for it."""
        if lesson is not None:
            self.window.show_train_tab()
        self.welcome.setVisible(lesson is None and not self.settings.welcome_dismissed)

    def _on_welcome_dismissed(self) -> None:
        self.settings.welcome_dismissed = True

    def _go_to_step(self, step: int) -> None:
        """Take the student to the place of each step: the preset chooser, Start, the drawing canvas."""
        win = self.window
        win.tabs.setCurrentWidget(win.predict if step == 3 else win.train)
        target = {1: win.config_panel.preset, 2: win.train.buttons["start"]}.get(step)
        if target is not None:
            target.setFocus()
        if step == 1:
            win.config_panel.preset.showPopup()

    def retranslate(self) -> None:
        """The actions' words and the tabs' tooltips (the window calls it: a QObject gets no LanguageChange)."""
        self.projector_action.setText(self.tr("&Projector mode"))
        self.projector_action.setToolTip(
            self.tr("Larger text, thicker curves and strong colours that read well on a projector.")
        )
        self.welcome_action.setText(self.tr("&First steps"))
        self.whats_this.retranslate()
        tips, tabs = HelpTexts(self).tabs(), self.window.tabs
        for i in range(tabs.count()):
            page = tabs.widget(i)
            tip = tips.get(page.objectName()) or tips.get(type(page).__name__)
            if tip:
                tabs.setTabToolTip(i, tip)
