# Generated from ui/checkpoint_manual.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/checkpoint_manual.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ManualAdmissionDialog(object):
    def setupUi(self, ManualAdmissionDialog):
        if not ManualAdmissionDialog.objectName():
            ManualAdmissionDialog.setObjectName(u"ManualAdmissionDialog")
        ManualAdmissionDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(ManualAdmissionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(ManualAdmissionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ManualAdmissionDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.search = QLineEdit(ManualAdmissionDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)


        self.dialogLayout.addLayout(self.searchRow)

        self.problemLabel = QLabel(ManualAdmissionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.results = QListWidget(ManualAdmissionDialog)
        self.results.setObjectName(u"results")
        self.results.setIconSize(QSize(60, 80))
        self.results.setWordWrap(True)

        self.dialogLayout.addWidget(self.results)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.admitButton = QPushButton(ManualAdmissionDialog)
        self.admitButton.setObjectName(u"admitButton")
        self.admitButton.setEnabled(False)

        self.buttonRow.addWidget(self.admitButton)

        self.cancelButton = QPushButton(ManualAdmissionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManualAdmissionDialog)

        QMetaObject.connectSlotsByName(ManualAdmissionDialog)
    # setupUi

    def retranslateUi(self, ManualAdmissionDialog):
        ManualAdmissionDialog.setWindowTitle(QCoreApplication.translate("ManualAdmissionDialog", u"Admit by name or serial", None))
        self.hintLabel.setText(QCoreApplication.translate("ManualAdmissionDialog", u"When a pass will not scan (wet, torn, faded): type three letters of the name without accents, or the serial printed on the pass.", None))
        self.searchLabel.setText(QCoreApplication.translate("ManualAdmissionDialog", u"&Find:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ManualAdmissionDialog", u"e.g. ngu, or 123 for TH-2026-000123", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("ManualAdmissionDialog", u"Passes found", None))
#endif // QT_CONFIG(accessibility)
        self.admitButton.setText(QCoreApplication.translate("ManualAdmissionDialog", u"&Admit\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ManualAdmissionDialog", u"Cancel", None))
    # retranslateUi

