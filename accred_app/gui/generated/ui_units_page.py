# Generated from ui/units_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/units_page.ui), then run
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
    QStackedWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(UnitsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(UnitsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.search = QLineEdit(UnitsPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.search)

        self.newButton = QPushButton(UnitsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchBar.addWidget(self.newButton)

        self.addChildButton = QPushButton(UnitsPage)
        self.addChildButton.setObjectName(u"addChildButton")

        self.searchBar.addWidget(self.addChildButton)

        self.renameButton = QPushButton(UnitsPage)
        self.renameButton.setObjectName(u"renameButton")

        self.searchBar.addWidget(self.renameButton)

        self.moveButton = QPushButton(UnitsPage)
        self.moveButton.setObjectName(u"moveButton")

        self.searchBar.addWidget(self.moveButton)


        self.pageLayout.addLayout(self.searchBar)

        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.listStack = QStackedWidget(UnitsPage)
        self.listStack.setObjectName(u"listStack")
        self.tree = QTreeView()
        self.tree.setObjectName(u"tree")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.listStack.addWidget(self.tree)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setMargin(32)
        self.listStack.addWidget(self.emptyState)

        self.listLayout.addWidget(self.listStack)

        self.countLabel = QLabel(UnitsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.listLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.newButton)
        QWidget.setTabOrder(self.newButton, self.addChildButton)
        QWidget.setTabOrder(self.addChildButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.tree)

        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        self.searchLabel.setText(QCoreApplication.translate("UnitsPage", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Name or code (accents optional)", None))
        self.newButton.setText(QCoreApplication.translate("UnitsPage", u"&Add unit\u2026", None))
        self.addChildButton.setText(QCoreApplication.translate("UnitsPage", u"Add s&ub-unit\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("UnitsPage", u"Re&name\u2026", None))
        self.moveButton.setText(QCoreApplication.translate("UnitsPage", u"&Move\u2026", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Police units", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

