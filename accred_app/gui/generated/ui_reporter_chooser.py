# Generated from ui/reporter_chooser.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/reporter_chooser.ui), then run
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

class Ui_ReporterChooser(object):
    def setupUi(self, ReporterChooser):
        if not ReporterChooser.objectName():
            ReporterChooser.setObjectName(u"ReporterChooser")
        ReporterChooser.resize(460, 420)
        self.dialogLayout = QVBoxLayout(ReporterChooser)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ReporterChooser)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.search = QLineEdit(ReporterChooser)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)


        self.dialogLayout.addLayout(self.searchRow)

        self.results = QListWidget(ReporterChooser)
        self.results.setObjectName(u"results")

        self.dialogLayout.addWidget(self.results)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.anyButton = QPushButton(ReporterChooser)
        self.anyButton.setObjectName(u"anyButton")

        self.buttonRow.addWidget(self.anyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.chooseButton = QPushButton(ReporterChooser)
        self.chooseButton.setObjectName(u"chooseButton")

        self.buttonRow.addWidget(self.chooseButton)

        self.cancelButton = QPushButton(ReporterChooser)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.anyButton)
        QWidget.setTabOrder(self.anyButton, self.cancelButton)

        self.retranslateUi(ReporterChooser)

        self.chooseButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReporterChooser)
    # setupUi

    def retranslateUi(self, ReporterChooser):
        ReporterChooser.setWindowTitle(QCoreApplication.translate("ReporterChooser", u"Choose a reporter", None))
        self.searchLabel.setText(QCoreApplication.translate("ReporterChooser", u"&Find:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ReporterChooser", u"Name, press card, CCCD or phone", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("ReporterChooser", u"Reporters found", None))
#endif // QT_CONFIG(accessibility)
        self.anyButton.setText(QCoreApplication.translate("ReporterChooser", u"&All reporters", None))
        self.chooseButton.setText(QCoreApplication.translate("ReporterChooser", u"&Choose", None))
        self.cancelButton.setText(QCoreApplication.translate("ReporterChooser", u"Cancel", None))
    # retranslateUi

