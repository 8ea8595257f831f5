# Generated from ui/checkpoint_start.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/checkpoint_start.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CheckpointStartDialog(object):
    def setupUi(self, CheckpointStartDialog):
        if not CheckpointStartDialog.objectName():
            CheckpointStartDialog.setObjectName(u"CheckpointStartDialog")
        CheckpointStartDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(CheckpointStartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.eventLabel = QLabel(CheckpointStartDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.event = QComboBox(CheckpointStartDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event)

        self.zoneLabel = QLabel(CheckpointStartDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zone = QComboBox(CheckpointStartDialog)
        self.zone.setObjectName(u"zone")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zone)

        self.unitLabel = QLabel(CheckpointStartDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QComboBox(CheckpointStartDialog)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit)

        self.directionLabel = QLabel(CheckpointStartDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.direction = QComboBox(CheckpointStartDialog)
        self.direction.setObjectName(u"direction")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.direction)

        self.fullScreen = QCheckBox(CheckpointStartDialog)
        self.fullScreen.setObjectName(u"fullScreen")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fullScreen)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(CheckpointStartDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(CheckpointStartDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.buttonRow.addWidget(self.openButton)

        self.cancelButton = QPushButton(CheckpointStartDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.event)
        self.zoneLabel.setBuddy(self.zone)
        self.unitLabel.setBuddy(self.unit)
        self.directionLabel.setBuddy(self.direction)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckpointStartDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(CheckpointStartDialog)
    # setupUi

    def retranslateUi(self, CheckpointStartDialog):
        CheckpointStartDialog.setWindowTitle(QCoreApplication.translate("CheckpointStartDialog", u"Open the checkpoint gate", None))
        self.eventLabel.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Event:", None))
        self.zoneLabel.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Zone:", None))
        self.unitLabel.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Unit on duty:", None))
        self.directionLabel.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Direction:", None))
        self.fullScreen.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Full screen (leaving it needs the password)", None))
        self.openButton.setText(QCoreApplication.translate("CheckpointStartDialog", u"&Open the gate", None))
        self.cancelButton.setText(QCoreApplication.translate("CheckpointStartDialog", u"Cancel", None))
    # retranslateUi

