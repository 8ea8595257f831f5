# Generated from ui/recovery_code_dialog.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/recovery_code_dialog.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from accred_app.gui.widgets.recovery_code import RecoveryCodeView

class Ui_RecoveryCodeDialog(object):
    def setupUi(self, RecoveryCodeDialog):
        if not RecoveryCodeDialog.objectName():
            RecoveryCodeDialog.setObjectName(u"RecoveryCodeDialog")
        RecoveryCodeDialog.resize(600, 360)
        RecoveryCodeDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(RecoveryCodeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(RecoveryCodeDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.view = RecoveryCodeView(RecoveryCodeDialog)
        self.view.setObjectName(u"view")

        self.dialogLayout.addWidget(self.view)

        self.buttons = QDialogButtonBox(RecoveryCodeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(RecoveryCodeDialog)

        QMetaObject.connectSlotsByName(RecoveryCodeDialog)
    # setupUi

    def retranslateUi(self, RecoveryCodeDialog):
        RecoveryCodeDialog.setWindowTitle(QCoreApplication.translate("RecoveryCodeDialog", u"Recovery code", None))
    # retranslateUi

