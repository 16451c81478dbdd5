"""班级管理: the classes with size, age range and staffing; create, edit, close, assign carers.

The table is a small model over ``services.classes.list_classes`` (an institution has tens of
classes, not thousands, so no paging). A class over its capacity is tinted red, a full one
amber, and a 师幼比 shortfall is written in red. The panel on the right shows the legal rules of
every class type, the selected class's type highlighted, and the selected class in detail.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.enums import ClassType
from operator_app.domain.errors import NotFound, RuleViolation, ValidationError
from operator_app.gui import jobs
from operator_app.gui.dialogs.class_dialog import CarersDialog, ClassDialog, age_band
from operator_app.gui.labels import enum_label
from operator_app.gui.models.class_table_model import (
    GREEN,
    RED,
    ClassTableModel,
    age_range_text,
    outside_band_text,
    ratio_text,
)
from operator_app.gui.widgets.column_fit import ColumnFitter
from operator_app.gui.widgets.page_heading import page_heading
from operator_app.gui.widgets.pdf_preview import PdfPreviewDialog
from operator_app.gui.widgets.print_preview import PrintPreviewer
from operator_app.services import classes
from operator_app.services.classes import ClassSummary

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def today() -> date:
    """The page's idea of today (a function so tests can move it)."""
    return date.today()


class ClassesPage(QWidget):
    """The 班级 page. ``refresh()`` reloads the classes for today, keeping the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_classes")
        self.model = ClassTableModel(self)
        self.class_dialog: ClassDialog | None = None
        self.carers_dialog: CarersDialog | None = None
        self.printer = PrintPreviewer(self)
        self._setup_ui()
        self._retranslate()
        self._update_buttons()

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the classes (open ones, or all with 显示已关闭班级) for today."""
        selected = self.selected()
        # in the service's display order: open first, 乳儿班 to 混合班, 一班 before 十一班
        rows = classes.list_classes(today(), include_closed=self.show_closed.isChecked())
        self.model.set_rows(rows)
        self._fit_columns()
        self._render_summary(rows)
        if selected is not None:
            self.select_class(selected.id)
        self._update_buttons()
        self._render_detail()

    def selected(self) -> ClassSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def select_class(self, class_id: int) -> bool:
        row = self.model.row_of(class_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            selected = self.selected()
            self.model.set_rows(self.model.rows())  # headers and labels in the new language
            if selected is not None:
                self.select_class(selected.id)
            self._render_summary(self.model.rows())
            self._fit_columns()
            self._render_detail()
        super().changeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.heading, self.subtitle = page_heading(self)
        self.show_closed = QCheckBox(self)
        self.show_closed.setObjectName("showClosedCheck")
        self.show_closed.toggled.connect(self.refresh)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.show_closed, 0, Qt.AlignmentFlag.AlignBottom)

        self.new_button = self._button("newClassButton", self._on_new)
        self.edit_button = self._button("editClassButton", self._on_edit)
        self.close_button = self._button("closeClassButton", self._on_close)
        self.carers_button = self._button("assignCarersButton", self._on_carers)
        self.print_class_button = self._button(
            "printClassRosterButton", lambda: self._print_roster(True)
        )
        self.print_all_button = self._button(
            "printAllRosterButton", lambda: self._print_roster(False)
        )
        self.page_per_class = QCheckBox(self)  # the whole-institution roster only
        self.page_per_class.setObjectName("pagePerClassCheck")
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.new_button, self.edit_button, self.close_button, self.carers_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_class_button)
        actions.addWidget(self.print_all_button)
        actions.addWidget(self.page_per_class)

        self.error = QLabel(self)
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        # The table gets the width first; the side panel keeps its own narrow minimum.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QWidget:
        box = QWidget(self)
        self.table = QTableView(box)
        self.table.setObjectName("classTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # 教室 and 保育人员 are also in 本班情况: on a narrow screen they give way first, so that
        # size, age range and 师幼比 stay in view.
        m = ClassTableModel
        self.fitter = ColumnFitter(
            self.table, secondary=(m.ROOM, m.CARERS), elidable=(m.TYPE, m.NAME, m.AGES)
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_edit)
        self.empty = QLabel(box)
        self.empty.setObjectName("emptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b78;")
        self.legend = QLabel(box)
        self.legend.setObjectName("classLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5f6b78;")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        return box

    def _build_detail(self) -> QWidget:
        panel = QWidget(self)
        self.rules_box = QGroupBox(panel)
        self.rules_box.setObjectName("rulesBox")
        self.rules_grid = QGridLayout(self.rules_box)
        self.rules_grid.setContentsMargins(14, 12, 14, 12)
        self.rules_grid.setHorizontalSpacing(14)
        self.rules_grid.setVerticalSpacing(6)
        self.rule_heads = [QLabel(self.rules_box) for _ in range(4)]
        for column, label in enumerate(self.rule_heads):
            label.setStyleSheet("color: #5f6b78;")
            self.rules_grid.addWidget(label, 0, column)
        self.rule_labels: dict[tuple[ClassType, int], QLabel] = {}
        for row, ctype in enumerate(ClassType, start=1):
            for column in range(4):
                label = QLabel(self.rules_box)
                label.setObjectName(f"rule_{ctype.value}_{column}")
                self.rules_grid.addWidget(label, row, column)
                self.rule_labels[(ctype, column)] = label
        self.rules_note = QLabel(self.rules_box)
        self.rules_note.setWordWrap(True)
        self.rules_note.setStyleSheet("color: #5f6b78;")
        self.rules_grid.addWidget(self.rules_note, len(ClassType) + 1, 0, 1, 4)

        self.detail_box = QGroupBox(panel)
        self.detail_box.setObjectName("classDetailBox")
        form = QFormLayout(self.detail_box)
        form.setContentsMargins(14, 12, 14, 12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_hint = QLabel(self.detail_box)
        self.detail_hint.setStyleSheet("color: #5f6b78;")
        self.detail_hint.setWordWrap(True)
        form.addRow(self.detail_hint)
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("name", "type", "room", "size", "ages", "carers", "ratio", "note"):
            caption, value = QLabel(self.detail_box), QLabel(self.detail_box)
            value.setWordWrap(True)
            value.setObjectName(f"detail_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.detail_labels[key] = (caption, value)

        layout = QVBoxLayout(panel)
        self.panel, self.panel_layout = panel, layout
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(12)
        # Each box only as tall as its contents; below the table the details take the width
        # left beside the rules (see _arrange), so they wrap less and stay short.
        layout.addWidget(self.rules_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.detail_box)
        layout.addStretch(1)
        return panel

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The panel beside the table when both fit, else below it (a narrow or English
        window): the table's key columns must stay whole and in view."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        stacked = max(self.rules_box.minimumSizeHint().width(), self._detail_min_width())
        table = self.fitter.key_width() + self.table.verticalScrollBar().sizeHint().width() + 4
        wide = table + self.splitter.handleWidth() + stacked + 8 <= room
        if wide != (self.splitter.orientation() == Qt.Orientation.Horizontal):
            direction = QBoxLayout.Direction
            self.panel_layout.setDirection(direction.TopToBottom if wide else direction.LeftToRight)
            self.panel_layout.setContentsMargins(*((8, 0, 0, 0) if wide else (0, 8, 0, 0)))
            self.panel_layout.setStretch(1, 0 if wide else 1)  # the details
            self.panel_layout.setStretch(2, 1 if wide else 0)  # the space under the boxes
            self.splitter.setOrientation(
                Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
            )
            self.splitter.setSizes([room - stacked, stacked] if wide else [self.height(), 1])
        # Below the table the panel is no taller than its contents; the table takes the rest.
        self.panel.setMaximumHeight(QWIDGETSIZE_MAX if wide else self._panel_height(room))
        selected = self.table.selectionModel().selectedRows()
        if selected and not wide:  # a taller panel may have covered the chosen row
            self.table.scrollTo(selected[0])

    def _panel_height(self, width: int) -> int:
        """The panel's height below the table at ``width`` (wrapped texts need less when wide)."""
        height = self.panel.heightForWidth(width)
        return height if height > 0 else self.panel.sizeHint().height()

    def _detail_min_width(self) -> int:
        return min(self.detail_box.minimumSizeHint().width(), 260)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("班级管理"))
        self.show_closed.setText(self.tr("显示已关闭班级"))
        self.new_button.setText(self.tr("新建班级"))
        self.new_button.setToolTip(self.tr("新建一个班级（Ctrl+N）"))
        # After setText, which replaces a button's shortcut with the mnemonic of its text.
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button.setText(self.tr("编辑"))
        self.edit_button.setToolTip(self.tr("修改所选班级的名称、额定人数、教室（双击表格行也可）"))
        self.close_button.setText(self.tr("关闭班级"))
        self.close_button.setToolTip(self.tr("班内没有幼儿时，可从今天起关闭所选班级"))
        self.carers_button.setText(self.tr("指派保育人员"))
        self.print_class_button.setText(self.tr("打印本班花名册"))
        self.print_all_button.setText(self.tr("打印全园花名册"))
        self.page_per_class.setText(self.tr("每班一页"))
        self.page_per_class.setToolTip(
            self.tr("全园花名册中每个班级另起一页（不勾选时各班依次排列，节省纸张）")
        )
        self.empty.setText(
            self.tr("还没有班级。点击“新建班级”开始，额定人数会按班型的法定上限自动填写。")
        )
        self.legend.setText(
            self.tr(
                "红色底色：在班人数超过额定人数；黄色底色：已满额；师幼比红色 ✗：合格保育人员不足。"
            )
        )
        self.rules_box.setTitle(self.tr("班型规定"))
        heads = (self.tr("班型"), self.tr("月龄"), self.tr("每班最多"), self.tr("师幼比"))
        for label, text in zip(self.rule_heads, heads, strict=True):
            label.setText(text)
        self.rules_note.setText(
            self.tr("师幼比只计入已指派到本班、健康合格证在有效期内并已做背景查询的保育人员。")
        )
        self.detail_box.setTitle(self.tr("本班情况"))
        self.detail_hint.setText(self.tr("在左侧选择一个班级查看详情。"))
        captions = {
            "name": self.tr("名称"),
            "type": self.tr("班型"),
            "room": self.tr("教室"),
            "size": self.tr("在班/额定"),
            "ages": self.tr("月龄范围"),
            "carers": self.tr("保育人员"),
            "ratio": self.tr("师幼比"),
            "note": self.tr("备注"),
        }
        for key, (caption, _value) in self.detail_labels.items():
            caption.setText(captions[key])

    # -- drawing ----------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Contents width plus some air, within the table's width (see ColumnFitter)."""
        self._arrange()
        self.fitter.fit()

    def _render_summary(self, rows: list[ClassSummary]) -> None:
        open_rows = [s for s in rows if s.closed_on is None]
        self.subtitle.setText(
            self.tr(
                "共 {n} 个班级，在班 {children} 人，额定 {capacity} 人　·　数据日期 {day}"
            ).format(
                n=len(open_rows),
                children=sum(s.enrolled for s in open_rows),
                capacity=sum(s.capacity for s in open_rows),
                day=today().isoformat(),
            )
        )
        self.empty.setVisible(not rows)

    def _render_detail(self) -> None:
        selected = self.selected()
        self._render_rules(selected)
        self.detail_hint.setVisible(selected is None)
        for caption, value in self.detail_labels.values():
            caption.setVisible(selected is not None)
            value.setVisible(selected is not None)
        if selected is None:
            self._arrange()
            return
        s = selected
        values = {
            "name": s.name,
            "type": enum_label(s.class_type),
            "room": s.room or "—",
            "size": self._size_detail(s),
            "ages": "\n".join(
                [age_range_text(s), *([outside_band_text(s)] if s.outside_band else [])]
            ),
            "carers": "、".join(s.carers) or self.tr("未指派"),
            "ratio": self._ratio_detail(s),
            "note": self._note_of(s) or "—",
        }
        for key, (_caption, value) in self.detail_labels.items():
            value.setText(values[key])
        ratio_label = self.detail_labels["ratio"][1]
        ratio_label.setStyleSheet(f"color: {(GREEN if s.ratio.ok else RED).name()};")
        ages_label = self.detail_labels["ages"][1]
        ages_label.setStyleSheet(f"color: {RED.name()};" if s.outside_band else "")
        size_label = self.detail_labels["size"][1]
        size_label.setStyleSheet(f"color: {RED.name()};" if s.over_capacity else "")
        self._arrange()  # the details' height sets the panel's when it is below the table

    def _render_rules(self, selected: ClassSummary | None) -> None:
        """The rules in force (they are settings, so read each time); the selected type bold."""
        for rule in classes.rules().values():
            cells = (
                enum_label(rule.class_type),
                age_band(rule),
                self.tr("{n} 人").format(n=rule.max_children),
                f"1:{rule.carers_ratio}",
            )
            current = selected is not None and selected.class_type is rule.class_type
            for column, text in enumerate(cells):
                label = self.rule_labels[(rule.class_type, column)]
                label.setText(text)
                label.setStyleSheet("color: #1f5fa8; font-weight: bold;" if current else "")

    def _size_detail(self, s: ClassSummary) -> str:
        text = self.tr("{n} / {cap} 人").format(n=s.enrolled, cap=s.capacity)
        if s.over_capacity:
            text += self.tr("（超额 {n} 人）").format(n=s.enrolled - s.capacity)
        elif s.enrolled == s.capacity:
            text += self.tr("（已满额）")
        return text

    def _ratio_detail(self, s: ClassSummary) -> str:
        text = ratio_text(s)
        if not s.ratio.ok:
            text += "\n" + self.tr("还差 {n} 名合格保育人员").format(n=s.ratio.shortfall)
        return text

    def _note_of(self, s: ClassSummary) -> str:
        return s.note

    def _update_buttons(self) -> None:
        s = self.selected()
        is_open = s is not None and s.closed_on is None
        self.edit_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.carers_button.setEnabled(is_open)
        self.print_class_button.setEnabled(s is not None)

    # -- slots ------------------------------------------------------------------------------

    def _on_selection(self) -> None:
        self._update_buttons()
        self._render_detail()

    def _on_new(self) -> None:
        self._open_class_dialog(ClassDialog(self))

    def _on_edit(self) -> None:
        s = self.selected()
        if s is None or s.closed_on is not None:
            return
        self._open_class_dialog(ClassDialog(self, s, self._note_of(s)))

    def _open_class_dialog(self, dialog: ClassDialog) -> None:
        if self.class_dialog is not None:
            self.class_dialog.deleteLater()
        self.class_dialog = dialog
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.open()

    def _after_save(self, class_id: int | None) -> None:
        self.refresh()
        if class_id is not None:
            self.select_class(class_id)

    def _on_close(self) -> None:
        s = self.selected()
        if s is None or s.closed_on is not None:
            return
        title = self.tr("关闭班级")
        if s.enrolled:
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "班级“{name}”目前有 {n} 名幼儿在班，不能关闭。\n\n"
                    "请先在幼儿页为他们转班或办理离托，再关闭班级。"
                ).format(name=s.name, n=s.enrolled),
            )
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "确定从今天（{day}）起关闭班级“{name}”吗？\n\n"
                "关闭后它不再出现在班级列表和出勤登记中，本班的保育人员指派同时结束；"
                "入托和出勤历史都会保留，勾选“显示已关闭班级”仍可查看。"
            ).format(day=today().isoformat(), name=s.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            classes.close_class(s.id, today())
        except (RuleViolation, ValidationError, NotFound) as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.refresh()

    def _on_carers(self) -> None:
        s = self.selected()
        if s is None or s.closed_on is not None:
            return
        if self.carers_dialog is not None:
            self.carers_dialog.deleteLater()
        dialog = CarersDialog(s, today(), self)
        self.carers_dialog = dialog
        dialog.accepted.connect(lambda: self._after_save(s.id))
        dialog.open()

    def _print_roster(self, this_class: bool) -> None:
        s = self.selected() if this_class else None
        if this_class and s is None:
            return
        scope = s.name if s is not None else self.tr("全园")
        title = self.tr("幼儿花名册（{scope}）").format(scope=scope)
        # The CLI's writer maps the service's roster onto the report: one path for both.
        from operator_app import printing

        class_id, on = (s.id if s is not None else None), today()
        per_class = not this_class and self.page_per_class.isChecked()

        def write(path: Path, progress: jobs.Progress, cancel: jobs.CancelToken) -> object:
            return printing.write_roster_pdf(
                path, class_id, on, progress, cancel, page_per_class=per_class
            )

        def failed(exc: Exception) -> None:
            self._show_error(self.tr("无法生成花名册：{reason}").format(reason=exc))

        self._show_error("")
        self.printer.run(title, write, failed)

    @property
    def preview(self) -> PdfPreviewDialog | None:
        """The print preview currently shown."""
        return self.printer.preview

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
