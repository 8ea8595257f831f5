# Generated from ui/reporter_status.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/reporter_status.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_ReporterStatusDialog(object):
    def setupUi(self, ReporterStatusDialog):
        if not ReporterStatusDialog.objectName():
            ReporterStatusDialog.setObjectName(u"ReporterStatusDialog")
        ReporterStatusDialog.resize(460, 340)
        self.dialogLayout = QVBoxLayout(ReporterStatusDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reporterName = QLabel(ReporterStatusDialog)
        self.reporterName.setObjectName(u"reporterName")
        font = QFont()
        font.setBold(True)
        self.reporterName.setFont(font)
        self.reporterName.setWordWrap(True)

        self.dialogLayout.addWidget(self.reporterName)

        self.currentStatus = QLabel(ReporterStatusDialog)
        self.currentStatus.setObjectName(u"currentStatus")
        self.currentStatus.setWordWrap(True)

        self.dialogLayout.addWidget(self.currentStatus)

        self.choices = QGroupBox(ReporterStatusDialog)
        self.choices.setObjectName(u"choices")
        self.choicesLayout = QVBoxLayout(self.choices)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.active = QRadioButton(self.choices)
        self.active.setObjectName(u"active")

        self.choicesLayout.addWidget(self.active)

        self.suspended = QRadioButton(self.choices)
        self.suspended.setObjectName(u"suspended")

        self.choicesLayout.addWidget(self.suspended)

        self.blacklisted = QRadioButton(self.choices)
        self.blacklisted.setObjectName(u"blacklisted")

        self.choicesLayout.addWidget(self.blacklisted)

        self.error_status = InlineError(self.choices)
        self.error_status.setObjectName(u"error_status")

        self.choicesLayout.addWidget(self.error_status)


        self.dialogLayout.addWidget(self.choices)

        self.reasonLabel = QLabel(ReporterStatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(ReporterStatusDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reason)

        self.error_reason = InlineError(ReporterStatusDialog)
        self.error_reason.setObjectName(u"error_reason")

        self.dialogLayout.addWidget(self.error_reason)

        self.formError = InlineError(ReporterStatusDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ReporterStatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.active, self.suspended)
        QWidget.setTabOrder(self.suspended, self.blacklisted)
        QWidget.setTabOrder(self.blacklisted, self.reason)

        self.retranslateUi(ReporterStatusDialog)

        QMetaObject.connectSlotsByName(ReporterStatusDialog)
    # setupUi

    def retranslateUi(self, ReporterStatusDialog):
        ReporterStatusDialog.setWindowTitle(QCoreApplication.translate("ReporterStatusDialog", u"Reporter status", None))
        self.choices.setTitle(QCoreApplication.translate("ReporterStatusDialog", u"New status", None))
        self.active.setText(QCoreApplication.translate("ReporterStatusDialog", u"&Active: may receive field passes", None))
        self.suspended.setText(QCoreApplication.translate("ReporterStatusDialog", u"S&uspended: no new passes, checkpoints refuse current ones", None))
        self.blacklisted.setText(QCoreApplication.translate("ReporterStatusDialog", u"&Blacklisted: refused until an officer reinstates", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReporterStatusDialog", u"&Reason (required to suspend or blacklist):", None))
    # retranslateUi

