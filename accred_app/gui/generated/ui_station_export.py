# Generated from ui/station_export.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/station_export.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StationExportDialog(object):
    def setupUi(self, StationExportDialog):
        if not StationExportDialog.objectName():
            StationExportDialog.setObjectName(u"StationExportDialog")
        StationExportDialog.resize(600, 560)
        self.dialogLayout = QVBoxLayout(StationExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.eventName = QLabel(StationExportDialog)
        self.eventName.setObjectName(u"eventName")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.eventName.setFont(font)
        self.eventName.setWordWrap(True)

        self.dialogLayout.addWidget(self.eventName)

        self.intro = QLabel(StationExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.contents = QGroupBox(StationExportDialog)
        self.contents.setObjectName(u"contents")
        self.contentsForm = QFormLayout(self.contents)
        self.contentsForm.setObjectName(u"contentsForm")
        self.createdCaption = QLabel(self.contents)
        self.createdCaption.setObjectName(u"createdCaption")

        self.contentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.createdCaption)

        self.createdValue = QLabel(self.contents)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.createdValue)

        self.passesCaption = QLabel(self.contents)
        self.passesCaption.setObjectName(u"passesCaption")

        self.contentsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passesCaption)

        self.passesValue = QLabel(self.contents)
        self.passesValue.setObjectName(u"passesValue")
        self.passesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passesValue)

        self.reportersCaption = QLabel(self.contents)
        self.reportersCaption.setObjectName(u"reportersCaption")

        self.contentsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportersCaption)

        self.reportersValue = QLabel(self.contents)
        self.reportersValue.setObjectName(u"reportersValue")
        self.reportersValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportersValue)

        self.officersCaption = QLabel(self.contents)
        self.officersCaption.setObjectName(u"officersCaption")

        self.contentsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officersCaption)

        self.officersValue = QLabel(self.contents)
        self.officersValue.setObjectName(u"officersValue")
        self.officersValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officersValue)

        self.keysCaption = QLabel(self.contents)
        self.keysCaption.setObjectName(u"keysCaption")

        self.contentsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keysCaption)

        self.keysValue = QLabel(self.contents)
        self.keysValue.setObjectName(u"keysValue")
        self.keysValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keysValue)

        self.filesCaption = QLabel(self.contents)
        self.filesCaption.setObjectName(u"filesCaption")

        self.contentsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.filesCaption)

        self.filesValue = QLabel(self.contents)
        self.filesValue.setObjectName(u"filesValue")
        self.filesValue.setWordWrap(True)
        self.filesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.filesValue)


        self.dialogLayout.addWidget(self.contents)

        self.fingerprintCaption = QLabel(StationExportDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)

        self.dialogLayout.addWidget(self.fingerprintCaption)

        self.fingerprint = QLabel(StationExportDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font1 = QFont()
        font1.setFamilies([u"monospace"])
        font1.setPointSize(13)
        font1.setBold(True)
        self.fingerprint.setFont(font1)

        self.dialogLayout.addWidget(self.fingerprint)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.writeButton = QPushButton(StationExportDialog)
        self.writeButton.setObjectName(u"writeButton")

        self.buttons.addWidget(self.writeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(StationExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttons)


        self.retranslateUi(StationExportDialog)

        QMetaObject.connectSlotsByName(StationExportDialog)
    # setupUi

    def retranslateUi(self, StationExportDialog):
        StationExportDialog.setWindowTitle(QCoreApplication.translate("StationExportDialog", u"Prepare a checkpoint laptop", None))
        self.intro.setText(QCoreApplication.translate("StationExportDialog", u"Writes two files into a folder you choose, to copy onto the checkpoint laptop: the station package (this event's passes and revocations, the reporters' names and photos, the checkpoint officers; signed by the desk) and the desk's public keys. No private key leaves the desk.", None))
        self.contents.setTitle(QCoreApplication.translate("StationExportDialog", u"What the package holds", None))
        self.createdCaption.setText(QCoreApplication.translate("StationExportDialog", u"Made on:", None))
        self.passesCaption.setText(QCoreApplication.translate("StationExportDialog", u"Passes:", None))
        self.reportersCaption.setText(QCoreApplication.translate("StationExportDialog", u"Reporters:", None))
        self.officersCaption.setText(QCoreApplication.translate("StationExportDialog", u"Checkpoint officers:", None))
        self.keysCaption.setText(QCoreApplication.translate("StationExportDialog", u"Public keys:", None))
        self.filesCaption.setText(QCoreApplication.translate("StationExportDialog", u"Files:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("StationExportDialog", u"Fingerprint of the desk's signing key", None))
#endif // QT_CONFIG(accessibility)
        self.writeButton.setText(QCoreApplication.translate("StationExportDialog", u"Choose a folder and &write\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("StationExportDialog", u"Close", None))
    # retranslateUi

