# Generated from ui/revoke_passes.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/revoke_passes.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_RevokePassesDialog(object):
    def setupUi(self, RevokePassesDialog):
        if not RevokePassesDialog.objectName():
            RevokePassesDialog.setObjectName(u"RevokePassesDialog")
        RevokePassesDialog.resize(480, 360)
        self.dialogLayout = QVBoxLayout(RevokePassesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summary = QLabel(RevokePassesDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.passList = QListWidget(RevokePassesDialog)
        self.passList.setObjectName(u"passList")
        self.passList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.passList)

        self.reasonLabel = QLabel(RevokePassesDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(RevokePassesDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 80))

        self.dialogLayout.addWidget(self.reason)

        self.error_reason = InlineError(RevokePassesDialog)
        self.error_reason.setObjectName(u"error_reason")

        self.dialogLayout.addWidget(self.error_reason)

        self.note = QLabel(RevokePassesDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.dialogLayout.addWidget(self.note)

        self.formError = InlineError(RevokePassesDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(RevokePassesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.passList)

        self.retranslateUi(RevokePassesDialog)

        QMetaObject.connectSlotsByName(RevokePassesDialog)
    # setupUi

    def retranslateUi(self, RevokePassesDialog):
        RevokePassesDialog.setWindowTitle(QCoreApplication.translate("RevokePassesDialog", u"Revoke field passes", None))
#if QT_CONFIG(accessibility)
        self.passList.setAccessibleName(QCoreApplication.translate("RevokePassesDialog", u"Passes to revoke", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RevokePassesDialog", u"&Reason (required, kept with each pass):", None))
        self.note.setText(QCoreApplication.translate("RevokePassesDialog", u"The passes stay in the list, marked revoked; checkpoints refuse them once they know of it (a checkpoint laptop after its next package).", None))
    # retranslateUi

