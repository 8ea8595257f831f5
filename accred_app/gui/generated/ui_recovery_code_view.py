# Generated from ui/recovery_code_view.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/recovery_code_view.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryCodeView(object):
    def setupUi(self, RecoveryCodeView):
        if not RecoveryCodeView.objectName():
            RecoveryCodeView.setObjectName(u"RecoveryCodeView")
        RecoveryCodeView.resize(560, 300)
        self.viewLayout = QVBoxLayout(RecoveryCodeView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(RecoveryCodeView)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.viewLayout.addWidget(self.note)

        self.code = QLabel(RecoveryCodeView)
        self.code.setObjectName(u"code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setMargin(12)
        self.code.setFrameShape(QFrame.Shape.StyledPanel)

        self.viewLayout.addWidget(self.code)

        self.advice = QLabel(RecoveryCodeView)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.viewLayout.addWidget(self.advice)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(RecoveryCodeView)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.copyButton = QPushButton(RecoveryCodeView)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpace)


        self.viewLayout.addLayout(self.buttonRow)

        self.acknowledged = QCheckBox(RecoveryCodeView)
        self.acknowledged.setObjectName(u"acknowledged")

        self.viewLayout.addWidget(self.acknowledged)

        QWidget.setTabOrder(self.printButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.acknowledged)

        self.retranslateUi(RecoveryCodeView)

        QMetaObject.connectSlotsByName(RecoveryCodeView)
    # setupUi

    def retranslateUi(self, RecoveryCodeView):
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("RecoveryCodeView", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RecoveryCodeView", u"&Print\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryCodeView", u"C&opy", None))
        self.acknowledged.setText(QCoreApplication.translate("RecoveryCodeView", u"I have &written it down and locked it away", None))
        pass
    # retranslateUi

