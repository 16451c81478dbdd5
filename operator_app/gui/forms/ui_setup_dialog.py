# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 620)
        SetupDialog.setModal(True)
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(SetupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SetupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.usccLabel = QLabel(SetupDialog)
        self.usccLabel.setObjectName(u"usccLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccEdit = QLineEdit(SetupDialog)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setMaxLength(24)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usccEdit)

        self.natureLabel = QLabel(SetupDialog)
        self.natureLabel.setObjectName(u"natureLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(SetupDialog)
        self.natureCombo.setObjectName(u"natureCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.natureCombo.sizePolicy().hasHeightForWidth())
        self.natureCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.filingNumberLabel = QLabel(SetupDialog)
        self.filingNumberLabel.setObjectName(u"filingNumberLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filingNumberLabel)

        self.filingNumberEdit = QLineEdit(SetupDialog)
        self.filingNumberEdit.setObjectName(u"filingNumberEdit")
        self.filingNumberEdit.setMaxLength(50)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.filingNumberEdit)

        self.addressLabel = QLabel(SetupDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(SetupDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.divisionCodeLabel = QLabel(SetupDialog)
        self.divisionCodeLabel.setObjectName(u"divisionCodeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.divisionCodeLabel)

        self.divisionCodeEdit = QLineEdit(SetupDialog)
        self.divisionCodeEdit.setObjectName(u"divisionCodeEdit")
        self.divisionCodeEdit.setMaxLength(12)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.divisionCodeEdit)

        self.principalLabel = QLabel(SetupDialog)
        self.principalLabel.setObjectName(u"principalLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalEdit = QLineEdit(SetupDialog)
        self.principalEdit.setObjectName(u"principalEdit")
        self.principalEdit.setMaxLength(50)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.principalEdit)

        self.phoneLabel = QLabel(SetupDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SetupDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.placesLabel = QLabel(SetupDialog)
        self.placesLabel.setObjectName(u"placesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.placesSpin = QSpinBox(SetupDialog)
        self.placesSpin.setObjectName(u"placesSpin")
        self.placesSpin.setMinimumSize(QSize(110, 0))
        self.placesSpin.setMaximum(9999)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placesSpin)

        self.inclusivePlacesLabel = QLabel(SetupDialog)
        self.inclusivePlacesLabel.setObjectName(u"inclusivePlacesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.inclusivePlacesLabel)

        self.inclusivePlacesSpin = QSpinBox(SetupDialog)
        self.inclusivePlacesSpin.setObjectName(u"inclusivePlacesSpin")
        self.inclusivePlacesSpin.setMinimumSize(QSize(110, 0))
        self.inclusivePlacesSpin.setMaximum(9999)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.inclusivePlacesSpin)

        self.mealsCheck = QCheckBox(SetupDialog)
        self.mealsCheck.setObjectName(u"mealsCheck")
        self.mealsCheck.setChecked(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.mealsCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.demoButton = QPushButton(SetupDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.demoButton)

        self.buttonSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(SetupDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(SetupDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.usccLabel.setBuddy(self.usccEdit)
        self.natureLabel.setBuddy(self.natureCombo)
        self.filingNumberLabel.setBuddy(self.filingNumberEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.divisionCodeLabel.setBuddy(self.divisionCodeEdit)
        self.principalLabel.setBuddy(self.principalEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.placesLabel.setBuddy(self.placesSpin)
        self.inclusivePlacesLabel.setBuddy(self.inclusivePlacesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.usccEdit)
        QWidget.setTabOrder(self.usccEdit, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.filingNumberEdit)
        QWidget.setTabOrder(self.filingNumberEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.divisionCodeEdit)
        QWidget.setTabOrder(self.divisionCodeEdit, self.principalEdit)
        QWidget.setTabOrder(self.principalEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.placesSpin)
        QWidget.setTabOrder(self.placesSpin, self.inclusivePlacesSpin)
        QWidget.setTabOrder(self.inclusivePlacesSpin, self.mealsCheck)
        QWidget.setTabOrder(self.mealsCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.demoButton)

        self.retranslateUi(SetupDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"\u673a\u6784\u4fe1\u606f", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"\u9996\u6b21\u4f7f\u7528\uff0c\u8bf7\u586b\u5199\u672c\u673a\u6784\u7684\u57fa\u672c\u4fe1\u606f\u3002\u673a\u6784\u540d\u79f0\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u3001\u673a\u6784\u6027\u8d28\u548c\u5907\u6848\u6258\u4f4d\u6570\u4e3a\u5fc5\u586b\u9879\uff0c\u5176\u4f59\u53ef\u4ee5\u4ee5\u540e\u8865\u5145\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u673a\u6784\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u4e0e\u8425\u4e1a\u6267\u7167\u6216\u767b\u8bb0\u8bc1\u4e66\u4e00\u81f4", None))
        self.usccLabel.setText(QCoreApplication.translate("SetupDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"18 \u4f4d\uff0c\u7531\u6570\u5b57\u548c\u5927\u5199\u5b57\u6bcd\u7ec4\u6210", None))
        self.natureLabel.setText(QCoreApplication.translate("SetupDialog", u"\u673a\u6784\u6027\u8d28", None))
        self.filingNumberLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5907\u6848\u7f16\u53f7", None))
        self.filingNumberEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u5c1a\u672a\u5907\u6848\u53ef\u4e0d\u586b", None))
        self.addressLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5730\u5740", None))
        self.divisionCodeLabel.setText(QCoreApplication.translate("SetupDialog", u"\u884c\u653f\u533a\u5212\u4ee3\u7801", None))
        self.divisionCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"6\u30019 \u6216 12 \u4f4d\u6570\u5b57\uff0c\u4f8b\u5982 500103", None))
        self.principalLabel.setText(QCoreApplication.translate("SetupDialog", u"\u8d1f\u8d23\u4eba", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u4f8b\u5982 023-63001234", None))
        self.placesLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5907\u6848\u6258\u4f4d\u6570", None))
        self.inclusivePlacesLabel.setText(QCoreApplication.translate("SetupDialog", u"\u666e\u60e0\u6258\u4f4d\u6570", None))
        self.mealsCheck.setText(QCoreApplication.translate("SetupDialog", u"\u63d0\u4f9b\u81b3\u98df", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("SetupDialog", u"\u586b\u5165\u4e00\u4e2a\u865a\u6784\u7684\u6f14\u793a\u673a\u6784\u53ca\u5176\u5e7c\u513f\u3001\u5458\u5de5\u548c\u73ed\u7ea7\uff0c\u4fbf\u4e8e\u8bd5\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("SetupDialog", u"\u4f7f\u7528\u6f14\u793a\u673a\u6784", None))
        self.saveButton.setText(QCoreApplication.translate("SetupDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupDialog", u"\u53d6\u6d88", None))
    # retranslateUi

