# Generated from ui/print_passes.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/print_passes.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintPassesDialog(object):
    def setupUi(self, PrintPassesDialog):
        if not PrintPassesDialog.objectName():
            PrintPassesDialog.setObjectName(u"PrintPassesDialog")
        PrintPassesDialog.resize(940, 700)
        self.dialogLayout = QHBoxLayout(PrintPassesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.optionsLayout = QVBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.layoutGroup = QGroupBox(PrintPassesDialog)
        self.layoutGroup.setObjectName(u"layoutGroup")
        self.layoutChoices = QVBoxLayout(self.layoutGroup)
        self.layoutChoices.setObjectName(u"layoutChoices")
        self.cardLayout = QRadioButton(self.layoutGroup)
        self.cardLayout.setObjectName(u"cardLayout")

        self.layoutChoices.addWidget(self.cardLayout)

        self.badgeLayout = QRadioButton(self.layoutGroup)
        self.badgeLayout.setObjectName(u"badgeLayout")

        self.layoutChoices.addWidget(self.badgeLayout)

        self.sheetLayout = QRadioButton(self.layoutGroup)
        self.sheetLayout.setObjectName(u"sheetLayout")

        self.layoutChoices.addWidget(self.sheetLayout)

        self.backSide = QCheckBox(self.layoutGroup)
        self.backSide.setObjectName(u"backSide")

        self.layoutChoices.addWidget(self.backSide)


        self.optionsLayout.addWidget(self.layoutGroup)

        self.summary = QLabel(PrintPassesDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumSize(QSize(240, 0))
        self.summary.setMaximumSize(QSize(280, 16777215))

        self.optionsLayout.addWidget(self.summary)

        self.reprintNote = QLabel(PrintPassesDialog)
        self.reprintNote.setObjectName(u"reprintNote")
        self.reprintNote.setWordWrap(True)
        self.reprintNote.setMaximumSize(QSize(280, 16777215))
        self.reprintNote.setStyleSheet(u"QLabel { color: #a85400; }")

        self.optionsLayout.addWidget(self.reprintNote)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.printerNote = QLabel(PrintPassesDialog)
        self.printerNote.setObjectName(u"printerNote")
        self.printerNote.setWordWrap(True)
        self.printerNote.setMaximumSize(QSize(280, 16777215))

        self.optionsLayout.addWidget(self.printerNote)

        self.printButton = QPushButton(PrintPassesDialog)
        self.printButton.setObjectName(u"printButton")

        self.optionsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPassesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.optionsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintPassesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.optionsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.optionsLayout)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewArea = QScrollArea(PrintPassesDialog)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewArea.setMinimumSize(QSize(560, 0))
        self.pageImage = QLabel()
        self.pageImage.setObjectName(u"pageImage")
        self.pageImage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewArea.setWidget(self.pageImage)

        self.previewLayout.addWidget(self.previewArea)

        self.pageBar = QHBoxLayout()
        self.pageBar.setObjectName(u"pageBar")
        self.previousPage = QPushButton(PrintPassesDialog)
        self.previousPage.setObjectName(u"previousPage")

        self.pageBar.addWidget(self.previousPage)

        self.pageSpacerLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageBar.addItem(self.pageSpacerLeft)

        self.pageLabel = QLabel(PrintPassesDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.pageBar.addWidget(self.pageLabel)

        self.pageSpacerRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageBar.addItem(self.pageSpacerRight)

        self.nextPage = QPushButton(PrintPassesDialog)
        self.nextPage.setObjectName(u"nextPage")

        self.pageBar.addWidget(self.nextPage)


        self.previewLayout.addLayout(self.pageBar)


        self.dialogLayout.addLayout(self.previewLayout)

        QWidget.setTabOrder(self.cardLayout, self.badgeLayout)
        QWidget.setTabOrder(self.badgeLayout, self.sheetLayout)
        QWidget.setTabOrder(self.sheetLayout, self.backSide)
        QWidget.setTabOrder(self.backSide, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.previousPage)
        QWidget.setTabOrder(self.previousPage, self.nextPage)

        self.retranslateUi(PrintPassesDialog)

        QMetaObject.connectSlotsByName(PrintPassesDialog)
    # setupUi

    def retranslateUi(self, PrintPassesDialog):
        PrintPassesDialog.setWindowTitle(QCoreApplication.translate("PrintPassesDialog", u"Print field passes", None))
        self.layoutGroup.setTitle(QCoreApplication.translate("PrintPassesDialog", u"Layout", None))
        self.cardLayout.setText(QCoreApplication.translate("PrintPassesDialog", u"&Card (85.6 \u00d7 54 mm)", None))
        self.badgeLayout.setText(QCoreApplication.translate("PrintPassesDialog", u"&Badge (A6, for a lanyard)", None))
        self.sheetLayout.setText(QCoreApplication.translate("PrintPassesDialog", u"A4 &sheet (10 cards, crop marks)", None))
        self.backSide.setText(QCoreApplication.translate("PrintPassesDialog", u"Bac&k side: rules of conduct", None))
        self.printButton.setText(QCoreApplication.translate("PrintPassesDialog", u"P&rint\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPassesDialog", u"Save as P&DF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPassesDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.pageImage.setAccessibleName(QCoreApplication.translate("PrintPassesDialog", u"Preview of the page", None))
#endif // QT_CONFIG(accessibility)
        self.previousPage.setText(QCoreApplication.translate("PrintPassesDialog", u"&Previous page", None))
        self.nextPage.setText(QCoreApplication.translate("PrintPassesDialog", u"&Next page", None))
    # retranslateUi

