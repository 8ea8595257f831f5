# Generated from ui/access_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/access_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_AccessPage(object):
    def setupUi(self, AccessPage):
        if not AccessPage.objectName():
            AccessPage.setObjectName(u"AccessPage")
        AccessPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(AccessPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.filterGrid.setHorizontalSpacing(6)
        self.filterGrid.setVerticalSpacing(4)
        self.unitFilterLabel = QLabel(AccessPage)
        self.unitFilterLabel.setObjectName(u"unitFilterLabel")

        self.filterGrid.addWidget(self.unitFilterLabel, 0, 0, 1, 1)

        self.unitFilter = QComboBox(AccessPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.unitFilter, 0, 1, 1, 1)

        self.agencyFilterLabel = QLabel(AccessPage)
        self.agencyFilterLabel.setObjectName(u"agencyFilterLabel")

        self.filterGrid.addWidget(self.agencyFilterLabel, 0, 2, 1, 1)

        self.agencyFilter = QComboBox(AccessPage)
        self.agencyFilter.setObjectName(u"agencyFilter")
        self.agencyFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agencyFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.agencyFilter, 0, 3, 1, 1)

        self.eventFilterLabel = QLabel(AccessPage)
        self.eventFilterLabel.setObjectName(u"eventFilterLabel")

        self.filterGrid.addWidget(self.eventFilterLabel, 0, 4, 1, 1)

        self.eventFilter = QComboBox(AccessPage)
        self.eventFilter.setObjectName(u"eventFilter")
        self.eventFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.eventFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.eventFilter, 0, 5, 1, 1)

        self.kindFilterLabel = QLabel(AccessPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterGrid.addWidget(self.kindFilterLabel, 1, 0, 1, 1)

        self.kindFilter = QComboBox(AccessPage)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.kindFilter, 1, 1, 1, 1)

        self.outcomeFilterLabel = QLabel(AccessPage)
        self.outcomeFilterLabel.setObjectName(u"outcomeFilterLabel")

        self.filterGrid.addWidget(self.outcomeFilterLabel, 1, 2, 1, 1)

        self.outcomeFilter = QComboBox(AccessPage)
        self.outcomeFilter.setObjectName(u"outcomeFilter")
        self.outcomeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcomeFilter.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.outcomeFilter, 1, 3, 1, 1)

        self.reporterFilterLabel = QLabel(AccessPage)
        self.reporterFilterLabel.setObjectName(u"reporterFilterLabel")

        self.filterGrid.addWidget(self.reporterFilterLabel, 1, 4, 1, 1)

        self.reporterFilter = QPushButton(AccessPage)
        self.reporterFilter.setObjectName(u"reporterFilter")

        self.filterGrid.addWidget(self.reporterFilter, 1, 5, 1, 1)

        self.dateFromLabel = QLabel(AccessPage)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filterGrid.addWidget(self.dateFromLabel, 2, 0, 1, 1)

        self.dateFrom = QLineEdit(AccessPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.dateFrom, 2, 1, 1, 1)

        self.dateToLabel = QLabel(AccessPage)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filterGrid.addWidget(self.dateToLabel, 2, 2, 1, 1)

        self.dateTo = QLineEdit(AccessPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.dateTo, 2, 3, 1, 1)


        self.pageLayout.addLayout(self.filterGrid)

        self.filterError = InlineError(AccessPage)
        self.filterError.setObjectName(u"filterError")

        self.pageLayout.addWidget(self.filterError)

        self.splitter = QSplitter(AccessPage)
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

        self.listFooter = QHBoxLayout()
        self.listFooter.setObjectName(u"listFooter")
        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.listFooter.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listFooter.addItem(self.footerSpacer)

        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listFooter.addWidget(self.newButton)

        self.exportButton = QPushButton(self.listPane)
        self.exportButton.setObjectName(u"exportButton")

        self.listFooter.addWidget(self.exportButton)


        self.listLayout.addLayout(self.listFooter)

        self.splitter.addWidget(self.listPane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.detailStack.setMinimumSize(QSize(300, 0))
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
        self.titleValue = QLabel(self.detailPane)
        self.titleValue.setObjectName(u"titleValue")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.titleValue.setFont(font)
        self.titleValue.setWordWrap(True)
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.titleValue)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.unitCaption = QLabel(self.detailPane)
        self.unitCaption.setObjectName(u"unitCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.detailPane)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setWordWrap(True)
        self.unitValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.reportersCaption = QLabel(self.detailPane)
        self.reportersCaption.setObjectName(u"reportersCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportersCaption)

        self.reportersValue = QLabel(self.detailPane)
        self.reportersValue.setObjectName(u"reportersValue")
        self.reportersValue.setWordWrap(True)
        self.reportersValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportersValue)

        self.whatCaption = QLabel(self.detailPane)
        self.whatCaption.setObjectName(u"whatCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whatCaption)

        self.whatValue = QLabel(self.detailPane)
        self.whatValue.setObjectName(u"whatValue")
        self.whatValue.setWordWrap(True)
        self.whatValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whatValue)

        self.eventCaption = QLabel(self.detailPane)
        self.eventCaption.setObjectName(u"eventCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.eventCaption)

        self.eventValue = QLabel(self.detailPane)
        self.eventValue.setObjectName(u"eventValue")
        self.eventValue.setWordWrap(True)
        self.eventValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.eventValue)

        self.notesCaption = QLabel(self.detailPane)
        self.notesCaption.setObjectName(u"notesCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.detailPane)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesValue)

        self.articlesCaption = QLabel(self.detailPane)
        self.articlesCaption.setObjectName(u"articlesCaption")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.articlesCaption)

        self.articlesValue = QLabel(self.detailPane)
        self.articlesValue.setObjectName(u"articlesValue")
        self.articlesValue.setWordWrap(True)
        self.articlesValue.setOpenExternalLinks(True)
        self.articlesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.articlesValue)

        self.officerCaption = QLabel(self.detailPane)
        self.officerCaption.setObjectName(u"officerCaption")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerCaption)

        self.officerValue = QLabel(self.detailPane)
        self.officerValue.setObjectName(u"officerValue")
        self.officerValue.setWordWrap(True)
        self.officerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerValue)


        self.detailLayout.addLayout(self.detailForm)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.editButton = QPushButton(self.detailPane)
        self.editButton.setObjectName(u"editButton")

        self.entryButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.detailPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.entryButtons.addWidget(self.deleteButton)

        self.entryButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entryButtonSpacer)


        self.detailLayout.addLayout(self.entryButtons)

        self.historyCaption = QLabel(self.detailPane)
        self.historyCaption.setObjectName(u"historyCaption")

        self.detailLayout.addWidget(self.historyCaption)

        self.historyList = QListView(self.detailPane)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyList.setAlternatingRowColors(True)
        self.historyList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.historyList.setResizeMode(QListView.ResizeMode.Adjust)
        self.historyList.setSpacing(2)
        self.historyList.setWordWrap(True)

        self.detailLayout.addWidget(self.historyList)

        self.detailStack.addWidget(self.detailPane)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.unitFilterLabel.setBuddy(self.unitFilter)
        self.agencyFilterLabel.setBuddy(self.agencyFilter)
        self.eventFilterLabel.setBuddy(self.eventFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.outcomeFilterLabel.setBuddy(self.outcomeFilter)
        self.reporterFilterLabel.setBuddy(self.reporterFilter)
        self.dateFromLabel.setBuddy(self.dateFrom)
        self.dateToLabel.setBuddy(self.dateTo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitFilter, self.agencyFilter)
        QWidget.setTabOrder(self.agencyFilter, self.eventFilter)
        QWidget.setTabOrder(self.eventFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.outcomeFilter)
        QWidget.setTabOrder(self.outcomeFilter, self.reporterFilter)
        QWidget.setTabOrder(self.reporterFilter, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.historyList)

        self.retranslateUi(AccessPage)

        QMetaObject.connectSlotsByName(AccessPage)
    # setupUi

    def retranslateUi(self, AccessPage):
        self.unitFilterLabel.setText(QCoreApplication.translate("AccessPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("AccessPage", u"A unit includes its sub-units", None))
#endif // QT_CONFIG(tooltip)
        self.agencyFilterLabel.setText(QCoreApplication.translate("AccessPage", u"A&gency:", None))
        self.eventFilterLabel.setText(QCoreApplication.translate("AccessPage", u"E&vent:", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("AccessPage", u"&Kind:", None))
        self.outcomeFilterLabel.setText(QCoreApplication.translate("AccessPage", u"&Outcome:", None))
        self.reporterFilterLabel.setText(QCoreApplication.translate("AccessPage", u"Re&porter:", None))
#if QT_CONFIG(tooltip)
        self.reporterFilter.setToolTip(QCoreApplication.translate("AccessPage", u"Show one reporter's accesses only", None))
#endif // QT_CONFIG(tooltip)
        self.dateFromLabel.setText(QCoreApplication.translate("AccessPage", u"Fro&m:", None))
        self.dateFrom.setPlaceholderText(QCoreApplication.translate("AccessPage", u"dd/mm/yyyy", None))
        self.dateToLabel.setText(QCoreApplication.translate("AccessPage", u"&To:", None))
        self.dateTo.setPlaceholderText(QCoreApplication.translate("AccessPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccessPage", u"Access log", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("AccessPage", u"Record an &access\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("AccessPage", u"E&xport what is shown\u2026", None))
        self.noSelection.setText(QCoreApplication.translate("AccessPage", u"Choose a line of the log to see it whole; an access recorded by hand can be corrected here.", None))
        self.unitCaption.setText(QCoreApplication.translate("AccessPage", u"Unit:", None))
        self.reportersCaption.setText(QCoreApplication.translate("AccessPage", u"Reporters:", None))
        self.whatCaption.setText(QCoreApplication.translate("AccessPage", u"Subject:", None))
        self.eventCaption.setText(QCoreApplication.translate("AccessPage", u"Event or site:", None))
        self.notesCaption.setText(QCoreApplication.translate("AccessPage", u"Notes:", None))
        self.articlesCaption.setText(QCoreApplication.translate("AccessPage", u"Articles:", None))
        self.officerCaption.setText(QCoreApplication.translate("AccessPage", u"Officer:", None))
        self.editButton.setText(QCoreApplication.translate("AccessPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("AccessPage", u"&Delete\u2026", None))
        self.historyCaption.setText(QCoreApplication.translate("AccessPage", u"History of this entry:", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("AccessPage", u"History of this entry", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

