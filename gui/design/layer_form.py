"""The options of the selected layer as a form built from its kind's typed fields (core.archs.layer_spec.Field):
a whole number as a spin box, a number as a decimal spin box, on/off as a check box, each with the field's help
as tooltip. A linear layer's units go down to "classes" (one per class). A repeat has its count.

The form edits nothing itself: each change is reported as the layer it would make (``edited``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from core.archs.layer_spec import CLASSES, Field
from core.archs.network_file import MAX_TIMES, REPEAT, Layer, make_layer
from gui.core_texts import core_tr
from gui.theme import mark_caption
from gui.widgets.retranslating import Retranslating
from gui.widgets.wheel_guard import WheelGuard


OPTION_WORDS = {  # an option's name in the user's language; the file's key stays beside it (messages name it)
    "bias": QT_TRANSLATE_NOOP("LayerForm", "bias"),
    "ceil_mode": QT_TRANSLATE_NOOP("LayerForm", "ceil_mode"),
    "channels": QT_TRANSLATE_NOOP("LayerForm", "channels"),
    "kernel": QT_TRANSLATE_NOOP("LayerForm", "kernel"),
    "layer": QT_TRANSLATE_NOOP("LayerForm", "layer"),
    "p": QT_TRANSLATE_NOOP("LayerForm", "p"),
    "padding": QT_TRANSLATE_NOOP("LayerForm", "padding"),
    "size": QT_TRANSLATE_NOOP("LayerForm", "size"),
    "stride": QT_TRANSLATE_NOOP("LayerForm", "stride"),
    "units": QT_TRANSLATE_NOOP("LayerForm", "units"),
    "times": QT_TRANSLATE_NOOP("LayerForm", "times"),
}


def option_label(name: str) -> str:
    """ "padding" in English; "填充 (padding)" in Chinese. GoogLeNet's branch names stay as they are."""
    words = QCoreApplication.translate("LayerForm", OPTION_WORDS[name]) if name in OPTION_WORDS else name
    return name if words == name else f"{words} ({name})"


class LayerForm(Retranslating, QWidget):
    edited = Signal(object, str)  # the Layer the form now describes, and the option changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="layerForm")
        self.layer: Layer | None = None
        self.title = QLabel(self, objectName="layerTitle", wordWrap=True)
        self.help = mark_caption(QLabel(self, objectName="layerHelp", wordWrap=True))
        self.form = QFormLayout()
        self.controls: dict[str, QWidget] = {}
        self._wheel_guard = WheelGuard(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.title)
        box.addWidget(self.help)
        box.addLayout(self.form)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        layer, self.layer = self.layer, None  # rebuilt: the titles and labels in the new language
        self.show_layer(layer)

    def show_layer(self, layer: Layer | None) -> None:
        """The form for ``layer`` (None: nothing selected). Emits nothing."""
        same_kind = layer is not None and self.layer is not None and layer.kind == self.layer.kind
        self.layer = layer
        if same_kind and self.controls:  # values only: the controls stay (one may be the sender of this edit)
            self._put_values(layer)
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.controls = {}
        if layer is None:
            self.title.setText(self.tr("No layer selected"))
            self.help.setText(self.tr("Pick a layer in the list to see and change its options."))
            return
        if layer.kind == REPEAT:
            self.title.setText(f"<b>{self.tr('Repeat')}</b>")
            self.help.setText(self.tr("Its layers run this many times one after another, each time with own weights."))
            spin = QSpinBox(self, minimum=1, maximum=MAX_TIMES, value=layer.times, objectName="times")
            spin.setToolTip(self.tr("How many times the layers inside run."))
            spin.valueChanged.connect(self._times_changed)
            self._add_row("times", spin)
            return
        spec = layer.spec
        self.title.setText(f"<b>{core_tr(spec.title)}</b>")
        self.help.setText(core_tr(spec.help))
        if not spec.fields:
            self.form.addRow(mark_caption(QLabel(self.tr("This layer has no options."), self)))
        for field in spec.fields:
            self._add_row(field.name, self._control(field, layer.option_dict[field.name]))

    def _put_values(self, layer: Layer) -> None:
        values = {"times": layer.times} if layer.kind == REPEAT else layer.option_dict
        for name, control in self.controls.items():
            value = values[name]
            control.blockSignals(True)
            if isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            else:
                control.setValue(0 if value == CLASSES else value)
            control.blockSignals(False)

    def _add_row(self, name: str, control: QWidget) -> None:
        self._wheel_guard.protect(control)
        self.controls[name] = control
        self.form.addRow(option_label(name), control)

    def _control(self, field: Field, value) -> QWidget:
        if field.kind is bool:
            control = QCheckBox(self, checked=bool(value), objectName=field.name)
            control.toggled.connect(lambda v, f=field: self._changed(f, v))
        elif field.kind is float:
            control = QDoubleSpinBox(self, decimals=2, singleStep=0.05, objectName=field.name)
            control.setRange(field.low or 0.0, (field.high or 1e6) - (0.01 if field.high_open else 0))
            control.setValue(value)
            control.valueChanged.connect(lambda v, f=field: self._changed(f, v))
        else:
            low = 0 if field.classes_word else int(field.low or 0)  # 0 stands for "classes"
            control = QSpinBox(self, minimum=low, maximum=int(field.high or 1_000_000), objectName=field.name)
            if field.classes_word:
                control.setSpecialValueText(self.tr("classes"))
            control.setValue(0 if value == CLASSES else value)
            control.valueChanged.connect(
                lambda v, f=field: self._changed(f, CLASSES if f.classes_word and v == 0 else v)
            )
        control.setToolTip(core_tr(field.help))
        return control

    def _times_changed(self, times: int) -> None:
        if self.layer is not None:
            self.layer = Layer(REPEAT, (), self.layer.layers, times)
            self.edited.emit(self.layer, "times")

    def _changed(self, field: Field, value) -> None:
        layer = self.layer
        if layer is None:
            return
        self.layer = make_layer(layer.kind, **{**layer.option_dict, field.name: value})
        self.edited.emit(self.layer, field.name)
