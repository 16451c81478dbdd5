"""系统设置: the institution's details, every business parameter of the rules, and the surname
reading table (姓氏读音, :mod:`operator_app.gui.views.surname_section`).

Why parameters are editable here: district health commissions (区县卫健委) may set their own
class sizes, ratios and deadlines; the national value is the default and is shown beside each.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.errors import ValidationError
from operator_app.domain.parameters import PARAMETERS, Parameter
from operator_app.gui.labels import parameter_label, unit_label
from operator_app.gui.views.surname_section import SurnameSection
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.services import institution, settings

GROUPS = (
    ("class.", QT_TRANSLATE_NOOP("SettingsPage", "班级规模与师幼比")),
    ("home.", QT_TRANSLATE_NOOP("SettingsPage", "家庭托育点")),
    ("staff.", QT_TRANSLATE_NOOP("SettingsPage", "员工")),
    ("health.", QT_TRANSLATE_NOOP("SettingsPage", "卫生保健")),
    ("roster.", QT_TRANSLATE_NOOP("SettingsPage", "名册")),
    ("enrol.", QT_TRANSLATE_NOOP("SettingsPage", "入托")),
    ("claim.", QT_TRANSLATE_NOOP("SettingsPage", "补贴申报")),
)


class SettingsPage(QWidget):
    """Institution summary with an edit button, and the parameters grouped by topic."""

    institution_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.editors: dict[str, QSpinBox | QLineEdit] = {}
        self._setup_ui()

    def refresh(self) -> None:
        inst = institution.get()
        if inst is None:
            self.institution_label.setText(self.tr("尚未设置机构信息"))
        else:
            self.institution_label.setText(
                self.tr(
                    "{name}　统一社会信用代码 {uscc}　备案托位 {places}（普惠 {inclusive}）"
                ).format(
                    name=inst.name,
                    uscc=inst.uscc,
                    places=inst.places,
                    inclusive=inst.inclusive_places,
                )
            )
        values = settings.all_values()
        for key, editor in self.editors.items():
            value = values[key]
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                editor.setText(str(value))
        self.message.clear()
        self.surnames.refresh()

    def save(self) -> bool:
        """Store every changed parameter in one transaction; report the first bad one."""
        values: dict[str, settings.Value] = {}
        for key, editor in self.editors.items():
            values[key] = editor.value() if isinstance(editor, QSpinBox) else editor.text()
        try:
            changed = settings.set_values(values)
        except ValidationError as exc:
            self._show_error(exc.message)
            editor = self.editors.get(exc.field)
            if editor is not None:
                editor.setFocus()
            return False
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("已保存 {n} 项参数").format(n=changed))
        return True

    def _setup_ui(self) -> None:
        self.institution_label = QLabel(self)
        self.institution_label.setWordWrap(True)
        self.edit_institution = QPushButton(self.tr("修改机构信息…"), self)
        self.edit_institution.clicked.connect(self._on_edit_institution)
        top = QHBoxLayout()
        top.addWidget(self.institution_label, 1)
        top.addWidget(self.edit_institution)

        body = QWidget()
        columns = QVBoxLayout(body)
        for prefix, title in GROUPS:
            params = [p for p in PARAMETERS if p.key.startswith(prefix)]
            box = QGroupBox(self.tr(title), body)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for param in params:
                form.addRow(parameter_label(param), self._editor(param, box))
            columns.addWidget(box)
        self.surnames = SurnameSection(body)
        columns.addWidget(self.surnames)
        columns.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.message = QLabel(self)
        self.save_button = QPushButton(self.tr("保存参数"), self)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)

        self.heading, self.subtitle = page_heading(self)
        self.heading.setText(self.tr("系统设置"))
        self.subtitle.setText(
            self.tr("机构信息与业务参数；参数默认为国家标准，可按区县卫健委要求修改")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _editor(self, param: Parameter, parent: QWidget) -> QWidget:
        if isinstance(param.default, int) and not isinstance(param.default, bool):
            spin = QSpinBox(parent)
            spin.setRange(param.minimum or 0, param.maximum or 100000)
            spin.setSuffix(f" {unit_label(param.unit)}" if param.unit else "")
            spin.setToolTip(self.tr("默认值：{value}").format(value=param.default))
            spin.setObjectName(param.key)
            spin.setMinimumWidth(120)
            self.editors[param.key] = spin
            return spin
        line = QLineEdit(parent)
        line.setObjectName(param.key)
        line.setMinimumWidth(200)
        line.setToolTip(self.tr("默认值：{value}").format(value=param.default))
        self.editors[param.key] = line
        return line

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setText(text)

    def _on_edit_institution(self) -> None:
        from operator_app.gui.dialogs.setup_dialog import SetupDialog

        dialog = SetupDialog(self, current=institution.get(), offer_demo=False)
        if dialog.exec():
            self.refresh()
            self.institution_changed.emit()
