# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ChildDialog(object):
    def setupUi(self, ChildDialog):
        if not ChildDialog.objectName():
            ChildDialog.setObjectName(u"ChildDialog")
        ChildDialog.resize(680, 560)
        ChildDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ChildDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 14, 14, 14)
        self.tabs = QTabWidget(ChildDialog)
        self.tabs.setObjectName(u"tabs")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityLayout = QVBoxLayout(self.identityTab)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setContentsMargins(16, 16, 16, 16)
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.identityForm.setHorizontalSpacing(12)
        self.identityForm.setVerticalSpacing(10)
        self.nameLabel = QLabel(self.identityTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(30)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.pinyinCaption = QLabel(self.identityTab)
        self.pinyinCaption.setObjectName(u"pinyinCaption")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinyinCaption)

        self.pinyinLayout = QVBoxLayout()
        self.pinyinLayout.setSpacing(4)
        self.pinyinLayout.setObjectName(u"pinyinLayout")
        self.pinyinRow = QHBoxLayout()
        self.pinyinRow.setSpacing(6)
        self.pinyinRow.setObjectName(u"pinyinRow")
        self.pinyinEdit = QLineEdit(self.identityTab)
        self.pinyinEdit.setObjectName(u"pinyinEdit")
        self.pinyinEdit.setMaxLength(120)

        self.pinyinRow.addWidget(self.pinyinEdit)

        self.pinyinResetButton = QPushButton(self.identityTab)
        self.pinyinResetButton.setObjectName(u"pinyinResetButton")
        self.pinyinResetButton.setAutoDefault(False)

        self.pinyinRow.addWidget(self.pinyinResetButton)


        self.pinyinLayout.addLayout(self.pinyinRow)

        self.pinyinLabel = QLabel(self.identityTab)
        self.pinyinLabel.setObjectName(u"pinyinLabel")
        self.pinyinLabel.setText(u"")
        self.pinyinLabel.setWordWrap(True)

        self.pinyinLayout.addWidget(self.pinyinLabel)


        self.identityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pinyinLayout)

        self.idTypeLabel = QLabel(self.identityTab)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeCombo = QComboBox(self.identityTab)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.idNumberLabel = QLabel(self.identityTab)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(self.identityTab)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(30)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.idNoteLabel = QLabel(self.identityTab)
        self.idNoteLabel.setObjectName(u"idNoteLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idNoteLabel)

        self.idNoteEdit = QLineEdit(self.identityTab)
        self.idNoteEdit.setObjectName(u"idNoteEdit")
        self.idNoteEdit.setMaxLength(100)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idNoteEdit)

        self.sexLabel = QLabel(self.identityTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.identityTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthDateLabel = QLabel(self.identityTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QDateEdit(self.identityTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.birthDateEdit.setCalendarPopup(True)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.idHintLabel = QLabel(self.identityTab)
        self.idHintLabel.setObjectName(u"idHintLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idHintLabel)


        self.identityLayout.addLayout(self.identityForm)

        self.identitySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityLayout.addItem(self.identitySpacer)

        self.tabs.addTab(self.identityTab, "")
        self.guardiansTab = QWidget()
        self.guardiansTab.setObjectName(u"guardiansTab")
        self.guardiansLayout = QVBoxLayout(self.guardiansTab)
        self.guardiansLayout.setObjectName(u"guardiansLayout")
        self.guardiansLayout.setContentsMargins(16, 16, 16, 16)
        self.guardianHint = QLabel(self.guardiansTab)
        self.guardianHint.setObjectName(u"guardianHint")
        self.guardianHint.setWordWrap(True)

        self.guardiansLayout.addWidget(self.guardianHint)

        self.guardianTable = QTableWidget(self.guardiansTab)
        if (self.guardianTable.columnCount() < 4):
            self.guardianTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.guardianTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.guardianTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.guardianTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.guardianTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.guardianTable.setObjectName(u"guardianTable")
        self.guardianTable.setColumnCount(4)
        self.guardianTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guardianTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guardianTable.setAlternatingRowColors(True)
        self.guardianTable.horizontalHeader().setStretchLastSection(True)
        self.guardianTable.verticalHeader().setVisible(False)

        self.guardiansLayout.addWidget(self.guardianTable)

        self.guardianButtons = QHBoxLayout()
        self.guardianButtons.setObjectName(u"guardianButtons")
        self.addGuardianButton = QPushButton(self.guardiansTab)
        self.addGuardianButton.setObjectName(u"addGuardianButton")
        self.addGuardianButton.setAutoDefault(False)

        self.guardianButtons.addWidget(self.addGuardianButton)

        self.removeGuardianButton = QPushButton(self.guardiansTab)
        self.removeGuardianButton.setObjectName(u"removeGuardianButton")
        self.removeGuardianButton.setAutoDefault(False)

        self.guardianButtons.addWidget(self.removeGuardianButton)

        self.guardianButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.guardianButtons.addItem(self.guardianButtonSpacer)


        self.guardiansLayout.addLayout(self.guardianButtons)

        self.tabs.addTab(self.guardiansTab, "")
        self.consentTab = QWidget()
        self.consentTab.setObjectName(u"consentTab")
        self.consentLayout = QVBoxLayout(self.consentTab)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLayout.setContentsMargins(16, 16, 16, 16)
        self.piplLabel = QLabel(self.consentTab)
        self.piplLabel.setObjectName(u"piplLabel")
        self.piplLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.piplLabel)

        self.personalBox = QGroupBox(self.consentTab)
        self.personalBox.setObjectName(u"personalBox")
        self.personalGrid = QGridLayout(self.personalBox)
        self.personalGrid.setObjectName(u"personalGrid")
        self.personalGrid.setHorizontalSpacing(8)
        self.personalGrid.setVerticalSpacing(8)
        self.personalStatus = QLabel(self.personalBox)
        self.personalStatus.setObjectName(u"personalStatus")
        self.personalStatus.setText(u"")
        self.personalStatus.setWordWrap(True)

        self.personalGrid.addWidget(self.personalStatus, 0, 0, 1, 5)

        self.personalGuardianLabel = QLabel(self.personalBox)
        self.personalGuardianLabel.setObjectName(u"personalGuardianLabel")

        self.personalGrid.addWidget(self.personalGuardianLabel, 1, 0, 1, 1)

        self.personalGuardianCombo = QComboBox(self.personalBox)
        self.personalGuardianCombo.setObjectName(u"personalGuardianCombo")
        self.personalGuardianCombo.setEditable(True)
        self.personalGuardianCombo.setMinimumContentsLength(8)

        self.personalGrid.addWidget(self.personalGuardianCombo, 1, 1, 1, 1)

        self.personalDateLabel = QLabel(self.personalBox)
        self.personalDateLabel.setObjectName(u"personalDateLabel")

        self.personalGrid.addWidget(self.personalDateLabel, 1, 2, 1, 1)

        self.personalDateEdit = QDateEdit(self.personalBox)
        self.personalDateEdit.setObjectName(u"personalDateEdit")
        self.personalDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.personalDateEdit.setCalendarPopup(True)

        self.personalGrid.addWidget(self.personalDateEdit, 1, 3, 1, 1)

        self.personalButtons = QHBoxLayout()
        self.personalButtons.setObjectName(u"personalButtons")
        self.personalGiveButton = QPushButton(self.personalBox)
        self.personalGiveButton.setObjectName(u"personalGiveButton")
        self.personalGiveButton.setAutoDefault(False)

        self.personalButtons.addWidget(self.personalGiveButton)

        self.personalWithdrawButton = QPushButton(self.personalBox)
        self.personalWithdrawButton.setObjectName(u"personalWithdrawButton")
        self.personalWithdrawButton.setAutoDefault(False)

        self.personalButtons.addWidget(self.personalWithdrawButton)


        self.personalGrid.addLayout(self.personalButtons, 1, 4, 1, 1)

        self.personalGrid.setColumnStretch(1, 1)

        self.consentLayout.addWidget(self.personalBox)

        self.healthBox = QGroupBox(self.consentTab)
        self.healthBox.setObjectName(u"healthBox")
        self.healthGrid = QGridLayout(self.healthBox)
        self.healthGrid.setObjectName(u"healthGrid")
        self.healthGrid.setHorizontalSpacing(8)
        self.healthGrid.setVerticalSpacing(8)
        self.healthStatus = QLabel(self.healthBox)
        self.healthStatus.setObjectName(u"healthStatus")
        self.healthStatus.setText(u"")
        self.healthStatus.setWordWrap(True)

        self.healthGrid.addWidget(self.healthStatus, 0, 0, 1, 5)

        self.healthGuardianLabel = QLabel(self.healthBox)
        self.healthGuardianLabel.setObjectName(u"healthGuardianLabel")

        self.healthGrid.addWidget(self.healthGuardianLabel, 1, 0, 1, 1)

        self.healthGuardianCombo = QComboBox(self.healthBox)
        self.healthGuardianCombo.setObjectName(u"healthGuardianCombo")
        self.healthGuardianCombo.setEditable(True)
        self.healthGuardianCombo.setMinimumContentsLength(8)

        self.healthGrid.addWidget(self.healthGuardianCombo, 1, 1, 1, 1)

        self.healthDateLabel = QLabel(self.healthBox)
        self.healthDateLabel.setObjectName(u"healthDateLabel")

        self.healthGrid.addWidget(self.healthDateLabel, 1, 2, 1, 1)

        self.healthDateEdit = QDateEdit(self.healthBox)
        self.healthDateEdit.setObjectName(u"healthDateEdit")
        self.healthDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.healthDateEdit.setCalendarPopup(True)

        self.healthGrid.addWidget(self.healthDateEdit, 1, 3, 1, 1)

        self.healthButtons = QHBoxLayout()
        self.healthButtons.setObjectName(u"healthButtons")
        self.healthGiveButton = QPushButton(self.healthBox)
        self.healthGiveButton.setObjectName(u"healthGiveButton")
        self.healthGiveButton.setAutoDefault(False)

        self.healthButtons.addWidget(self.healthGiveButton)

        self.healthWithdrawButton = QPushButton(self.healthBox)
        self.healthWithdrawButton.setObjectName(u"healthWithdrawButton")
        self.healthWithdrawButton.setAutoDefault(False)

        self.healthButtons.addWidget(self.healthWithdrawButton)


        self.healthGrid.addLayout(self.healthButtons, 1, 4, 1, 1)

        self.healthGrid.setColumnStretch(1, 1)

        self.consentLayout.addWidget(self.healthBox)

        self.consentHistoryLabel = QLabel(self.consentTab)
        self.consentHistoryLabel.setObjectName(u"consentHistoryLabel")

        self.consentLayout.addWidget(self.consentHistoryLabel)

        self.consentHistory = QTableWidget(self.consentTab)
        if (self.consentHistory.columnCount() < 4):
            self.consentHistory.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.consentHistory.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.consentHistory.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.consentHistory.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.consentHistory.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.consentHistory.setObjectName(u"consentHistory")
        self.consentHistory.setColumnCount(4)
        self.consentHistory.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consentHistory.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.consentHistory.horizontalHeader().setStretchLastSection(True)
        self.consentHistory.verticalHeader().setVisible(False)

        self.consentLayout.addWidget(self.consentHistory)

        self.tabs.addTab(self.consentTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(16, 16, 16, 16)
        self.noteHint = QLabel(self.notesTab)
        self.noteHint.setObjectName(u"noteHint")
        self.noteHint.setWordWrap(True)

        self.notesLayout.addWidget(self.noteHint)

        self.noteEdit = QPlainTextEdit(self.notesTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.noteEdit)

        self.tabs.addTab(self.notesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ChildDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ChildDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.pinyinCaption.setBuddy(self.pinyinEdit)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.idNoteLabel.setBuddy(self.idNoteEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.personalGuardianLabel.setBuddy(self.personalGuardianCombo)
        self.personalDateLabel.setBuddy(self.personalDateEdit)
        self.healthGuardianLabel.setBuddy(self.healthGuardianCombo)
        self.healthDateLabel.setBuddy(self.healthDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.pinyinEdit)
        QWidget.setTabOrder(self.pinyinEdit, self.pinyinResetButton)
        QWidget.setTabOrder(self.pinyinResetButton, self.idTypeCombo)
        QWidget.setTabOrder(self.idTypeCombo, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.idNoteEdit)
        QWidget.setTabOrder(self.idNoteEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.guardianTable)
        QWidget.setTabOrder(self.guardianTable, self.addGuardianButton)
        QWidget.setTabOrder(self.addGuardianButton, self.removeGuardianButton)
        QWidget.setTabOrder(self.removeGuardianButton, self.personalGuardianCombo)
        QWidget.setTabOrder(self.personalGuardianCombo, self.personalDateEdit)
        QWidget.setTabOrder(self.personalDateEdit, self.personalGiveButton)
        QWidget.setTabOrder(self.personalGiveButton, self.personalWithdrawButton)
        QWidget.setTabOrder(self.personalWithdrawButton, self.healthGuardianCombo)
        QWidget.setTabOrder(self.healthGuardianCombo, self.healthDateEdit)
        QWidget.setTabOrder(self.healthDateEdit, self.healthGiveButton)
        QWidget.setTabOrder(self.healthGiveButton, self.healthWithdrawButton)
        QWidget.setTabOrder(self.healthWithdrawButton, self.noteEdit)

        self.retranslateUi(ChildDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChildDialog)
    # setupUi

    def retranslateUi(self, ChildDialog):
        ChildDialog.setWindowTitle(QCoreApplication.translate("ChildDialog", u"\u5e7c\u513f\u6863\u6848", None))
        self.nameLabel.setText(QCoreApplication.translate("ChildDialog", u"\u59d3\u540d(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"\u4e0e\u8bc1\u4ef6\u4e00\u81f4\uff0c\u5982\uff1a\u5f20\u4e09", None))
        self.pinyinCaption.setText(QCoreApplication.translate("ChildDialog", u"\u62fc\u97f3(&P)", None))
        self.pinyinEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"\u6309\u59d3\u540d\u81ea\u52a8\u751f\u6210", None))
#if QT_CONFIG(tooltip)
        self.pinyinEdit.setToolTip(QCoreApplication.translate("ChildDialog", u"\u8bfb\u97f3\u4e0d\u5bf9\u65f6\u76f4\u63a5\u4fee\u6539\uff0c\u5982\u201c\u4e50\u201d\u59d3\u8bfb L\u00e8 \u7684\u586b le jia\uff1b\u53ef\u5e26\u58f0\u8c03", None))
#endif // QT_CONFIG(tooltip)
        self.pinyinResetButton.setText(QCoreApplication.translate("ChildDialog", u"\u6062\u590d\u81ea\u52a8\u8bfb\u97f3", None))
        self.idTypeLabel.setText(QCoreApplication.translate("ChildDialog", u"\u8bc1\u4ef6\u7c7b\u578b(&T)", None))
        self.idNumberLabel.setText(QCoreApplication.translate("ChildDialog", u"\u8bc1\u4ef6\u53f7\u7801(&I)", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"\u5c45\u6c11\u8eab\u4efd\u8bc1\u53f7\u4e3a 18 \u4f4d\uff0c\u672b\u4f4d\u53ef\u4e3a X", None))
        self.idNoteLabel.setText(QCoreApplication.translate("ChildDialog", u"\u65e0\u8bc1\u4ef6\u539f\u56e0(&R)", None))
        self.idNoteEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"\u5982\uff1a\u51fa\u751f\u533b\u5b66\u8bc1\u660e\u8865\u529e\u4e2d", None))
        self.sexLabel.setText(QCoreApplication.translate("ChildDialog", u"\u6027\u522b(&S)", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ChildDialog", u"\u51fa\u751f\u65e5\u671f(&B)", None))
        self.idHintLabel.setText(QCoreApplication.translate("ChildDialog", u"\u586b\u5199\u6709\u6548\u7684\u5c45\u6c11\u8eab\u4efd\u8bc1\u53f7\u540e\uff0c\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b\u4f1a\u81ea\u52a8\u586b\u5199\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("ChildDialog", u"\u8eab\u4efd\u4fe1\u606f", None))
        self.guardianHint.setText(QCoreApplication.translate("ChildDialog", u"\u7535\u8bdd\u7528\u4e8e\u7d27\u6025\u8054\u7cfb\u548c\u63a5\u9001\u6838\u5bf9\uff1b\u76d1\u62a4\u4eba\u8eab\u4efd\u8bc1\u53f7\u53ef\u4e0d\u586b\u3002", None))
        ___qtablewidgetitem = self.guardianTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChildDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.guardianTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChildDialog", u"\u5173\u7cfb", None))
        ___qtablewidgetitem2 = self.guardianTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChildDialog", u"\u7535\u8bdd", None))
        ___qtablewidgetitem3 = self.guardianTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ChildDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.addGuardianButton.setText(QCoreApplication.translate("ChildDialog", u"\u6dfb\u52a0\u76d1\u62a4\u4eba(&A)", None))
        self.removeGuardianButton.setText(QCoreApplication.translate("ChildDialog", u"\u5220\u9664\u6240\u9009(&D)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.guardiansTab), QCoreApplication.translate("ChildDialog", u"\u76d1\u62a4\u4eba", None))
        self.piplLabel.setText(QCoreApplication.translate("ChildDialog", u"\u4f9d\u636e\u300a\u4e2a\u4eba\u4fe1\u606f\u4fdd\u62a4\u6cd5\u300b\uff0c\u4e0d\u6ee1\u5341\u56db\u5468\u5c81\u513f\u7ae5\u7684\u4e2a\u4eba\u4fe1\u606f\u548c\u5065\u5eb7\u4fe1\u606f\u5c5e\u4e8e\u654f\u611f\u4e2a\u4eba\u4fe1\u606f\uff0c\u5904\u7406\u524d\u987b\u53d6\u5f97\u76d1\u62a4\u4eba\u7684\u5355\u72ec\u540c\u610f\u3002\u5065\u5eb7\u4fe1\u606f\u5904\u7406\u540c\u610f\u987b\u5355\u72ec\u8bb0\u5f55\uff1a\u672a\u540c\u610f\u6216\u5df2\u64a4\u56de\u65f6\uff0c\u4e0d\u80fd\u5f55\u5165\u8be5\u5e7c\u513f\u7684\u5065\u5eb7\u6863\u6848\uff08\u4f53\u68c0\u3001\u6668\u5348\u68c0\u3001\u9884\u9632\u63a5\u79cd\u7b49\uff09\u3002\u64a4\u56de\u4e0d\u5f71\u54cd\u64a4\u56de\u524d\u5df2\u8fdb\u884c\u7684\u5904\u7406\u3002", None))
        self.personalBox.setTitle(QCoreApplication.translate("ChildDialog", u"\u4e2a\u4eba\u4fe1\u606f\u5904\u7406\u540c\u610f", None))
        self.personalGuardianLabel.setText(QCoreApplication.translate("ChildDialog", u"\u76d1\u62a4\u4eba", None))
        self.personalDateLabel.setText(QCoreApplication.translate("ChildDialog", u"\u65e5\u671f", None))
        self.personalGiveButton.setText(QCoreApplication.translate("ChildDialog", u"\u8bb0\u5f55\u540c\u610f", None))
        self.personalWithdrawButton.setText(QCoreApplication.translate("ChildDialog", u"\u64a4\u56de", None))
        self.healthBox.setTitle(QCoreApplication.translate("ChildDialog", u"\u5065\u5eb7\u4fe1\u606f\u5904\u7406\u540c\u610f", None))
        self.healthGuardianLabel.setText(QCoreApplication.translate("ChildDialog", u"\u76d1\u62a4\u4eba", None))
        self.healthDateLabel.setText(QCoreApplication.translate("ChildDialog", u"\u65e5\u671f", None))
        self.healthGiveButton.setText(QCoreApplication.translate("ChildDialog", u"\u8bb0\u5f55\u540c\u610f", None))
        self.healthWithdrawButton.setText(QCoreApplication.translate("ChildDialog", u"\u64a4\u56de", None))
        self.consentHistoryLabel.setText(QCoreApplication.translate("ChildDialog", u"\u5386\u53f2\u8bb0\u5f55", None))
        ___qtablewidgetitem4 = self.consentHistory.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ChildDialog", u"\u540c\u610f\u4e8b\u9879", None))
        ___qtablewidgetitem5 = self.consentHistory.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ChildDialog", u"\u76d1\u62a4\u4eba", None))
        ___qtablewidgetitem6 = self.consentHistory.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ChildDialog", u"\u540c\u610f\u65e5\u671f", None))
        ___qtablewidgetitem7 = self.consentHistory.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ChildDialog", u"\u64a4\u56de\u65e5\u671f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentTab), QCoreApplication.translate("ChildDialog", u"\u77e5\u60c5\u540c\u610f", None))
        self.noteHint.setText(QCoreApplication.translate("ChildDialog", u"\u8fc7\u654f\u3001\u63a5\u9001\u7ea6\u5b9a\u7b49\u9700\u8981\u8001\u5e08\u77e5\u9053\u7684\u4e8b\u9879\u3002\u4e0d\u8981\u5728\u6b64\u8bb0\u5f55\u8bca\u65ad\u7b49\u5065\u5eb7\u4fe1\u606f\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ChildDialog", u"\u5907\u6ce8", None))
    # retranslateUi

