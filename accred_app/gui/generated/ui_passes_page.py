# Generated from ui/passes_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/passes_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_PassesPage(object):
    def setupUi(self, PassesPage):
        if not PassesPage.objectName():
            PassesPage.setObjectName(u"PassesPage")
        PassesPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PassesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(PassesPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.search = QLineEdit(PassesPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.search)

        self.issueButton = QPushButton(PassesPage)
        self.issueButton.setObjectName(u"issueButton")

        self.searchBar.addWidget(self.issueButton)

        self.revokeButton = QPushButton(PassesPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.searchBar.addWidget(self.revokeButton)

        self.printButton = QPushButton(PassesPage)
        self.printButton.setObjectName(u"printButton")

        self.searchBar.addWidget(self.printButton)

        self.keysButton = QPushButton(PassesPage)
        self.keysButton.setObjectName(u"keysButton")

        self.searchBar.addWidget(self.keysButton)


        self.pageLayout.addLayout(self.searchBar)

        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.eventFilterLabel = QLabel(PassesPage)
        self.eventFilterLabel.setObjectName(u"eventFilterLabel")

        self.filterBar.addWidget(self.eventFilterLabel)

        self.eventFilter = QComboBox(PassesPage)
        self.eventFilter.setObjectName(u"eventFilter")
        self.eventFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.eventFilter.setMinimumContentsLength(18)

        self.filterBar.addWidget(self.eventFilter)

        self.agencyFilterLabel = QLabel(PassesPage)
        self.agencyFilterLabel.setObjectName(u"agencyFilterLabel")

        self.filterBar.addWidget(self.agencyFilterLabel)

        self.agencyFilter = QComboBox(PassesPage)
        self.agencyFilter.setObjectName(u"agencyFilter")
        self.agencyFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agencyFilter.setMinimumContentsLength(14)

        self.filterBar.addWidget(self.agencyFilter)

        self.statusFilterLabel = QLabel(PassesPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterBar.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(PassesPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterBar.addWidget(self.statusFilter)

        self.notPrintedFilter = QCheckBox(PassesPage)
        self.notPrintedFilter.setObjectName(u"notPrintedFilter")

        self.filterBar.addWidget(self.notPrintedFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterBar)

        self.listStack = QStackedWidget(PassesPage)
        self.listStack.setObjectName(u"listStack")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
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

        self.statusBar = QHBoxLayout()
        self.statusBar.setObjectName(u"statusBar")
        self.countLabel = QLabel(PassesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.statusBar.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusBar.addItem(self.statusSpacer)

        self.selectionLabel = QLabel(PassesPage)
        self.selectionLabel.setObjectName(u"selectionLabel")

        self.statusBar.addWidget(self.selectionLabel)


        self.pageLayout.addLayout(self.statusBar)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.eventFilterLabel.setBuddy(self.eventFilter)
        self.agencyFilterLabel.setBuddy(self.agencyFilter)
        self.statusFilterLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.keysButton)
        QWidget.setTabOrder(self.keysButton, self.eventFilter)
        QWidget.setTabOrder(self.eventFilter, self.agencyFilter)
        QWidget.setTabOrder(self.agencyFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.notPrintedFilter)
        QWidget.setTabOrder(self.notPrintedFilter, self.table)

        self.retranslateUi(PassesPage)

        QMetaObject.connectSlotsByName(PassesPage)
    # setupUi

    def retranslateUi(self, PassesPage):
        self.searchLabel.setText(QCoreApplication.translate("PassesPage", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PassesPage", u"Reporter's name or pass serial (accents optional)", None))
        self.issueButton.setText(QCoreApplication.translate("PassesPage", u"&Issue passes\u2026", None))
        self.revokeButton.setText(QCoreApplication.translate("PassesPage", u"Re&voke\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PassesPage", u"Pri&nt\u2026", None))
        self.keysButton.setText(QCoreApplication.translate("PassesPage", u"Signing &keys\u2026", None))
        self.eventFilterLabel.setText(QCoreApplication.translate("PassesPage", u"&Event:", None))
        self.agencyFilterLabel.setText(QCoreApplication.translate("PassesPage", u"A&gency:", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("PassesPage", u"S&tatus:", None))
        self.notPrintedFilter.setText(QCoreApplication.translate("PassesPage", u"Not &printed yet", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PassesPage", u"Field passes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

