"""First-run set-up (and later editing) of the institution, on the form from ui/setup_dialog.ui.

Validation is the domain's: the dialog builds an ``Institution`` and calls
``services.institution.save``. A ``ValidationError`` is shown under the form and its field's
widget gets the focus with its text selected; nothing is saved. “使用演示机构” fills the
database with the demo institution instead, as a background job on the writer thread (a few
seconds, with a progress dialog) so the window keeps painting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from operator_app.domain.enums import InstitutionNature
from operator_app.domain.errors import RuleViolation, ValidationError
from operator_app.domain.institution import Institution
from operator_app.gui import jobs
from operator_app.gui.forms.ui_setup_dialog import Ui_SetupDialog
from operator_app.gui.labels import enum_label
from operator_app.gui.labels import label as core_label
from operator_app.gui.widgets.field_error import show_field_error
from operator_app.services import institution

DEMO_SEED = 1


class SetupDialog(QDialog):
    """Edit ``current`` (or a new institution). ``offer_demo`` shows “使用演示机构”."""

    def __init__(
        self,
        parent: QWidget | None = None,
        current: Institution | None = None,
        offer_demo: bool = True,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_SetupDialog()
        self.form.setupUi(self)
        self.saved: Institution | None = None
        self.used_demo = False
        self.job: jobs.Job | None = None  # the demo fill, while it runs
        self._busy = False
        self._fill_natures()
        self.form.errorLabel.setObjectName("errorLabel")
        self.form.errorLabel.setStyleSheet("color: #c62828;")
        self.form.errorLabel.hide()
        self.form.demoButton.setVisible(offer_demo)
        self.form.saveButton.clicked.connect(self._on_save)
        self.form.cancelButton.clicked.connect(self.reject)
        self.form.demoButton.clicked.connect(self._on_demo)
        if current is not None:
            self.load(current)
        self.form.nameEdit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget for each ``ValidationError.field`` key of ``Institution``."""
        f = self.form
        return {
            "name": f.nameEdit,
            "uscc": f.usccEdit,
            "nature": f.natureCombo,
            "filing_number": f.filingNumberEdit,
            "address": f.addressEdit,
            "division_code": f.divisionCodeEdit,
            "principal": f.principalEdit,
            "phone": f.phoneEdit,
            "places": f.placesSpin,
            "inclusive_places": f.inclusivePlacesSpin,
            "meals": f.mealsCheck,
        }

    def load(self, inst: Institution) -> None:
        f = self.form
        f.nameEdit.setText(inst.name)
        f.usccEdit.setText(inst.uscc)
        f.natureCombo.setCurrentIndex(f.natureCombo.findData(inst.nature.value))
        f.filingNumberEdit.setText(inst.filing_number)
        f.addressEdit.setText(inst.address)
        f.divisionCodeEdit.setText(inst.division_code)
        f.principalEdit.setText(inst.principal)
        f.phoneEdit.setText(inst.phone)
        f.placesSpin.setValue(inst.places)
        f.inclusivePlacesSpin.setValue(inst.inclusive_places)
        f.mealsCheck.setChecked(inst.meals)

    def entered(self) -> Institution:
        """The institution as typed (not yet validated)."""
        f = self.form
        return Institution(
            name=f.nameEdit.text(),
            uscc=f.usccEdit.text(),
            nature=InstitutionNature(f.natureCombo.currentData()),
            places=f.placesSpin.value(),
            inclusive_places=f.inclusivePlacesSpin.value(),
            filing_number=f.filingNumberEdit.text(),
            address=f.addressEdit.text(),
            division_code=f.divisionCodeEdit.text(),
            principal=f.principalEdit.text(),
            phone=f.phoneEdit.text(),
            meals=f.mealsCheck.isChecked(),
        )

    def error_text(self) -> str:
        return "" if self.form.errorLabel.isHidden() else self.form.errorLabel.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_natures()
        super().changeEvent(event)

    # -- slots ------------------------------------------------------------------------------

    def _on_save(self) -> None:
        try:
            self.saved = institution.save(self.entered())
        except ValidationError as exc:
            text = self.tr("{label}：{reason}").format(
                label=core_label(exc.label), reason=exc.reason
            )
            self._show_error(text, exc.field)
            return
        except RuleViolation as exc:
            self._show_error(exc.message, None)
            return
        self.accept()

    def _on_demo(self) -> None:
        # Imported here: the demo builder pulls in every service and is only needed once.
        from operator_app.demo import writer as demo

        def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> object:
            return demo.fill_demo(seed=DEMO_SEED, progress=progress)

        # The fill is one transaction with no cancel token: the progress dialog (shown after
        # 500 ms) has no cancel button, and the form waits until the job has ended.
        self._set_busy(True)
        self.job = jobs.start_job(
            self,
            self.tr("正在生成演示数据…"),
            work,
            self._demo_filled,
            self._demo_failed,
            writes=True,
            cancellable=False,
        )
        self.job.finished.connect(lambda: self._set_busy(False))

    def _demo_filled(self, _summary: object) -> None:
        self.used_demo = True
        self.saved = institution.get()
        self.accept()

    def _demo_failed(self, exc: Exception) -> None:
        if not isinstance(exc, ValidationError | RuleViolation):
            raise exc  # a bug: the excepthook shows it with the log path
        self._show_error(self.tr("无法生成演示数据：{reason}").format(reason=exc.message), None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.form.saveButton, self.form.cancelButton, self.form.demoButton):
            button.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # Esc while the demo is being written: wait for it
            super().reject()

    def _show_error(self, text: str, field: str | None) -> None:
        show_field_error(self.form.errorLabel, text, self.field_widgets().get(field or ""))

    def _fill_natures(self) -> None:
        combo = self.form.natureCombo
        selected = combo.currentData()
        combo.clear()
        for nature in InstitutionNature:
            combo.addItem(enum_label(nature), nature.value)
        index = combo.findData(selected)
        combo.setCurrentIndex(index if index >= 0 else 0)
