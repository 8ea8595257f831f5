# Generated from ui/events_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/events_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_EventsPage(object):
    def setupUi(self, EventsPage):
        if not EventsPage.objectName():
            EventsPage.setObjectName(u"EventsPage")
        EventsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(EventsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(EventsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.search = QLineEdit(EventsPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.search)

        self.kindFilterLabel = QLabel(EventsPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.searchBar.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(EventsPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.searchBar.addWidget(self.kindFilter)

        self.newButton = QPushButton(EventsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchBar.addWidget(self.newButton)

        self.editButton = QPushButton(EventsPage)
        self.editButton.setObjectName(u"editButton")

        self.searchBar.addWidget(self.editButton)

        self.copyButton = QPushButton(EventsPage)
        self.copyButton.setObjectName(u"copyButton")

        self.searchBar.addWidget(self.copyButton)

        self.stationButton = QPushButton(EventsPage)
        self.stationButton.setObjectName(u"stationButton")

        self.searchBar.addWidget(self.stationButton)


        self.pageLayout.addLayout(self.searchBar)

        self.splitter = QSplitter(EventsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listStack = QStackedWidget(self.listPane)
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

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.detailStack.setMinimumSize(QSize(320, 0))
        self.noSelection = QLabel()
        self.noSelection.setObjectName(u"noSelection")
        self.noSelection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noSelection.setWordWrap(True)
        self.noSelection.setMargin(24)
        self.detailStack.addWidget(self.noSelection)
        self.detailPane = QWidget()
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.nameValue = QLabel(self.detailPane)
        self.nameValue.setObjectName(u"nameValue")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.nameValue.setFont(font)
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.nameValue)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.kindCaption = QLabel(self.detailPane)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.detailPane)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.datesCaption = QLabel(self.detailPane)
        self.datesCaption.setObjectName(u"datesCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesCaption)

        self.datesValue = QLabel(self.detailPane)
        self.datesValue.setObjectName(u"datesValue")
        self.datesValue.setWordWrap(True)
        self.datesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.datesValue)

        self.locationCaption = QLabel(self.detailPane)
        self.locationCaption.setObjectName(u"locationCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.locationValue = QLabel(self.detailPane)
        self.locationValue.setObjectName(u"locationValue")
        self.locationValue.setWordWrap(True)
        self.locationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationValue)

        self.unitCaption = QLabel(self.detailPane)
        self.unitCaption.setObjectName(u"unitCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.detailPane)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setWordWrap(True)
        self.unitValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.notesCaption = QLabel(self.detailPane)
        self.notesCaption.setObjectName(u"notesCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.detailPane)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.detailLayout.addLayout(self.detailForm)

        self.zonesCaption = QLabel(self.detailPane)
        self.zonesCaption.setObjectName(u"zonesCaption")

        self.detailLayout.addWidget(self.zonesCaption)

        self.zonesTable = QTableView(self.detailPane)
        self.zonesTable.setObjectName(u"zonesTable")
        self.zonesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zonesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.zonesTable.horizontalHeader().setStretchLastSection(True)
        self.zonesTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.zonesTable)

        self.detailStack.addWidget(self.detailPane)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.stationButton)
        QWidget.setTabOrder(self.stationButton, self.table)
        QWidget.setTabOrder(self.table, self.zonesTable)

        self.retranslateUi(EventsPage)

        QMetaObject.connectSlotsByName(EventsPage)
    # setupUi

    def retranslateUi(self, EventsPage):
        self.searchLabel.setText(QCoreApplication.translate("EventsPage", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("EventsPage", u"Name or location (accents optional)", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("EventsPage", u"&Kind:", None))
        self.newButton.setText(QCoreApplication.translate("EventsPage", u"&Add event\u2026", None))
        self.editButton.setText(QCoreApplication.translate("EventsPage", u"&Edit\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("EventsPage", u"C&opy to next year", None))
        self.stationButton.setText(QCoreApplication.translate("EventsPage", u"&Prepare a checkpoint laptop\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("EventsPage", u"Events and sites", None))
#endif // QT_CONFIG(accessibility)
        self.noSelection.setText(QCoreApplication.translate("EventsPage", u"Choose an event or a site in the list to see its zones.", None))
        self.kindCaption.setText(QCoreApplication.translate("EventsPage", u"Kind:", None))
        self.datesCaption.setText(QCoreApplication.translate("EventsPage", u"Dates:", None))
        self.locationCaption.setText(QCoreApplication.translate("EventsPage", u"Location:", None))
        self.unitCaption.setText(QCoreApplication.translate("EventsPage", u"Organising unit:", None))
        self.notesCaption.setText(QCoreApplication.translate("EventsPage", u"Notes:", None))
        self.zonesCaption.setText(QCoreApplication.translate("EventsPage", u"Zones:", None))
#if QT_CONFIG(accessibility)
        self.zonesTable.setAccessibleName(QCoreApplication.translate("EventsPage", u"Zones of this event", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

