# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'class_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ClassDialog(object):
    def setupUi(self, ClassDialog):
        if not ClassDialog.objectName():
            ClassDialog.setObjectName(u"ClassDialog")
        ClassDialog.resize(440, 380)
        ClassDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ClassDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 18, 18, 14)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(ClassDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ClassDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(ClassDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ClassDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMinimumSize(QSize(160, 0))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.capacityLabel = QLabel(ClassDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(ClassDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimumSize(QSize(100, 0))
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.ruleLabel = QLabel(ClassDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ruleLabel)

        self.roomLabel = QLabel(ClassDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(ClassDialog)
        self.roomEdit.setObjectName(u"roomEdit")
        self.roomEdit.setMaxLength(40)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.noteLabel = QLabel(ClassDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ClassDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ClassDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ClassDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.roomLabel.setBuddy(self.roomEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.noteEdit)

        self.retranslateUi(ClassDialog)
        self.buttonBox.accepted.connect(ClassDialog.accept)
        self.buttonBox.rejected.connect(ClassDialog.reject)

        QMetaObject.connectSlotsByName(ClassDialog)
    # setupUi

    def retranslateUi(self, ClassDialog):
        ClassDialog.setWindowTitle(QCoreApplication.translate("ClassDialog", u"\u73ed\u7ea7", None))
        self.nameLabel.setText(QCoreApplication.translate("ClassDialog", u"\u540d\u79f0(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"\u5982\uff1a\u5c0f\u4e00\u73ed", None))
        self.typeLabel.setText(QCoreApplication.translate("ClassDialog", u"\u73ed\u578b(&T)", None))
        self.capacityLabel.setText(QCoreApplication.translate("ClassDialog", u"\u989d\u5b9a\u4eba\u6570(&C)", None))
        self.capacitySpin.setSuffix(QCoreApplication.translate("ClassDialog", u" \u4eba", None))
        self.roomLabel.setText(QCoreApplication.translate("ClassDialog", u"\u6559\u5ba4(&R)", None))
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"\u5982\uff1a\u4e00\u697c\u4e1c\u4fa7 101", None))
        self.noteLabel.setText(QCoreApplication.translate("ClassDialog", u"\u5907\u6ce8(&M)", None))
    # retranslateUi

