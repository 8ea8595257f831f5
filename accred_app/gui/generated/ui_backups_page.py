# Generated from ui/backups_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/backups_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_BackupsPage(object):
    def setupUi(self, BackupsPage):
        if not BackupsPage.objectName():
            BackupsPage.setObjectName(u"BackupsPage")
        BackupsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(BackupsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.location = QLabel(BackupsPage)
        self.location.setObjectName(u"location")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.location)

        self.buttonBar = QHBoxLayout()
        self.buttonBar.setObjectName(u"buttonBar")
        self.backupButton = QPushButton(BackupsPage)
        self.backupButton.setObjectName(u"backupButton")

        self.buttonBar.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupsPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonBar.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsPage)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttonBar.addWidget(self.restoreFileButton)

        self.buttonSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonBar.addItem(self.buttonSpace)


        self.pageLayout.addLayout(self.buttonBar)

        self.listStack = QStackedWidget(BackupsPage)
        self.listStack.setObjectName(u"listStack")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.listStack.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setMargin(32)
        self.listStack.addWidget(self.emptyState)

        self.pageLayout.addWidget(self.listStack)

        self.countLabel = QLabel(BackupsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        QWidget.setTabOrder(self.backupButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.table)

        self.retranslateUi(BackupsPage)

        QMetaObject.connectSlotsByName(BackupsPage)
    # setupUi

    def retranslateUi(self, BackupsPage):
        self.backupButton.setText(QCoreApplication.translate("BackupsPage", u"&Back up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsPage", u"R&estore\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsPage", u"Restore from &another file\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("BackupsPage", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

