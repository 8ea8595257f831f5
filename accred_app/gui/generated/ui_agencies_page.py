# Generated from ui/agencies_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/agencies_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_AgenciesPage(object):
    def setupUi(self, AgenciesPage):
        if not AgenciesPage.objectName():
            AgenciesPage.setObjectName(u"AgenciesPage")
        AgenciesPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(AgenciesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(AgenciesPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.search = QLineEdit(AgenciesPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.search)

        self.newButton = QPushButton(AgenciesPage)
        self.newButton.setObjectName(u"newButton")

        self.searchBar.addWidget(self.newButton)

        self.editButton = QPushButton(AgenciesPage)
        self.editButton.setObjectName(u"editButton")

        self.searchBar.addWidget(self.editButton)


        self.pageLayout.addLayout(self.searchBar)

        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.listStack = QStackedWidget(AgenciesPage)
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

        self.listLayout.addWidget(self.listStack)

        self.countLabel = QLabel(AgenciesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.listLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.table)

        self.retranslateUi(AgenciesPage)

        QMetaObject.connectSlotsByName(AgenciesPage)
    # setupUi

    def retranslateUi(self, AgenciesPage):
        self.searchLabel.setText(QCoreApplication.translate("AgenciesPage", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AgenciesPage", u"Name or short name (accents optional)", None))
        self.newButton.setText(QCoreApplication.translate("AgenciesPage", u"&Add agency\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AgenciesPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Press agencies", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

