# Generated from ui/signing_keys.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/signing_keys.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SigningKeysDialog(object):
    def setupUi(self, SigningKeysDialog):
        if not SigningKeysDialog.objectName():
            SigningKeysDialog.setObjectName(u"SigningKeysDialog")
        SigningKeysDialog.resize(760, 380)
        self.dialogLayout = QVBoxLayout(SigningKeysDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(SigningKeysDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.keysTable = QTableView(SigningKeysDialog)
        self.keysTable.setObjectName(u"keysTable")
        self.keysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keysTable.setWordWrap(False)
        self.keysTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.keysTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.rotateButton = QPushButton(SigningKeysDialog)
        self.rotateButton.setObjectName(u"rotateButton")

        self.buttons.addWidget(self.rotateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SigningKeysDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttons)


        self.retranslateUi(SigningKeysDialog)

        QMetaObject.connectSlotsByName(SigningKeysDialog)
    # setupUi

    def retranslateUi(self, SigningKeysDialog):
        SigningKeysDialog.setWindowTitle(QCoreApplication.translate("SigningKeysDialog", u"Signing keys", None))
        self.intro.setText(QCoreApplication.translate("SigningKeysDialog", u"Passes are signed with the newest key; checkpoints verify every key listed here, so passes signed with an older key stay valid. Read a fingerprint aloud group by group to compare it with a checkpoint's.", None))
#if QT_CONFIG(accessibility)
        self.keysTable.setAccessibleName(QCoreApplication.translate("SigningKeysDialog", u"Signing keys", None))
#endif // QT_CONFIG(accessibility)
        self.rotateButton.setText(QCoreApplication.translate("SigningKeysDialog", u"&Make a new signing key\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SigningKeysDialog", u"Close", None))
    # retranslateUi

