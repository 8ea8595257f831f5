# Generated from ui/reporters_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/reporters_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ReportersPage(object):
    def setupUi(self, ReportersPage):
        if not ReportersPage.objectName():
            ReportersPage.setObjectName(u"ReportersPage")
        ReportersPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ReportersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(ReportersPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.search = QLineEdit(ReportersPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.search)

        self.newButton = QPushButton(ReportersPage)
        self.newButton.setObjectName(u"newButton")

        self.searchBar.addWidget(self.newButton)


        self.pageLayout.addLayout(self.searchBar)

        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.agencyFilterLabel = QLabel(ReportersPage)
        self.agencyFilterLabel.setObjectName(u"agencyFilterLabel")

        self.filterBar.addWidget(self.agencyFilterLabel)

        self.agencyFilter = QComboBox(ReportersPage)
        self.agencyFilter.setObjectName(u"agencyFilter")
        self.agencyFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agencyFilter.setMinimumContentsLength(14)

        self.filterBar.addWidget(self.agencyFilter)

        self.statusFilterLabel = QLabel(ReportersPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterBar.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(ReportersPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterBar.addWidget(self.statusFilter)

        self.cardFilterLabel = QLabel(ReportersPage)
        self.cardFilterLabel.setObjectName(u"cardFilterLabel")

        self.filterBar.addWidget(self.cardFilterLabel)

        self.cardFilter = QComboBox(ReportersPage)
        self.cardFilter.setObjectName(u"cardFilter")

        self.filterBar.addWidget(self.cardFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterBar)

        self.splitter = QSplitter(ReportersPage)
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
        self.detailTabs = QTabWidget()
        self.detailTabs.setObjectName(u"detailTabs")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordLayout = QVBoxLayout(self.recordTab)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordHeader = QHBoxLayout()
        self.recordHeader.setObjectName(u"recordHeader")
        self.photo = QLabel(self.recordTab)
        self.photo.setObjectName(u"photo")
        self.photo.setMinimumSize(QSize(90, 120))
        self.photo.setMaximumSize(QSize(90, 120))
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)

        self.recordHeader.addWidget(self.photo)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameValue = QLabel(self.recordTab)
        self.nameValue.setObjectName(u"nameValue")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.nameValue.setFont(font)
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameColumn.addWidget(self.nameValue)

        self.statusValue = QLabel(self.recordTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setWordWrap(True)

        self.nameColumn.addWidget(self.statusValue)

        self.consentValue = QLabel(self.recordTab)
        self.consentValue.setObjectName(u"consentValue")
        self.consentValue.setWordWrap(True)
        self.consentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameColumn.addWidget(self.consentValue)

        self.exportDataButton = QPushButton(self.recordTab)
        self.exportDataButton.setObjectName(u"exportDataButton")

        self.nameColumn.addWidget(self.exportDataButton)

        self.nameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.nameColumn.addItem(self.nameSpacer)


        self.recordHeader.addLayout(self.nameColumn)


        self.recordLayout.addLayout(self.recordHeader)

        self.recordForm = QFormLayout()
        self.recordForm.setObjectName(u"recordForm")
        self.recordForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.agencyCaption = QLabel(self.recordTab)
        self.agencyCaption.setObjectName(u"agencyCaption")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyCaption)

        self.agencyValue = QLabel(self.recordTab)
        self.agencyValue.setObjectName(u"agencyValue")
        self.agencyValue.setWordWrap(True)
        self.agencyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyValue)

        self.positionCaption = QLabel(self.recordTab)
        self.positionCaption.setObjectName(u"positionCaption")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionCaption)

        self.positionValue = QLabel(self.recordTab)
        self.positionValue.setObjectName(u"positionValue")
        self.positionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionValue)

        self.cardNoCaption = QLabel(self.recordTab)
        self.cardNoCaption.setObjectName(u"cardNoCaption")

        self.recordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cardNoCaption)

        self.cardNoValue = QLabel(self.recordTab)
        self.cardNoValue.setObjectName(u"cardNoValue")
        self.cardNoValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cardNoValue)

        self.cardExpiryCaption = QLabel(self.recordTab)
        self.cardExpiryCaption.setObjectName(u"cardExpiryCaption")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cardExpiryCaption)

        self.cardExpiryValue = QLabel(self.recordTab)
        self.cardExpiryValue.setObjectName(u"cardExpiryValue")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cardExpiryValue)

        self.citizenIdCaption = QLabel(self.recordTab)
        self.citizenIdCaption.setObjectName(u"citizenIdCaption")

        self.recordForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.citizenIdCaption)

        self.citizenIdValue = QLabel(self.recordTab)
        self.citizenIdValue.setObjectName(u"citizenIdValue")
        self.citizenIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.citizenIdValue)

        self.phoneCaption = QLabel(self.recordTab)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.recordForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.recordTab)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.emailCaption = QLabel(self.recordTab)
        self.emailCaption.setObjectName(u"emailCaption")

        self.recordForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.recordTab)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.birthDateCaption = QLabel(self.recordTab)
        self.birthDateCaption.setObjectName(u"birthDateCaption")

        self.recordForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.birthDateCaption)

        self.birthDateValue = QLabel(self.recordTab)
        self.birthDateValue.setObjectName(u"birthDateValue")

        self.recordForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthDateValue)

        self.genderCaption = QLabel(self.recordTab)
        self.genderCaption.setObjectName(u"genderCaption")

        self.recordForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderCaption)

        self.genderValue = QLabel(self.recordTab)
        self.genderValue.setObjectName(u"genderValue")

        self.recordForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.genderValue)

        self.notesCaption = QLabel(self.recordTab)
        self.notesCaption.setObjectName(u"notesCaption")

        self.recordForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.recordTab)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.recordLayout.addLayout(self.recordForm)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recordLayout.addItem(self.recordSpacer)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.editButton = QPushButton(self.recordTab)
        self.editButton.setObjectName(u"editButton")

        self.recordButtons.addWidget(self.editButton)

        self.photoButton = QPushButton(self.recordTab)
        self.photoButton.setObjectName(u"photoButton")

        self.recordButtons.addWidget(self.photoButton)

        self.statusButton = QPushButton(self.recordTab)
        self.statusButton.setObjectName(u"statusButton")

        self.recordButtons.addWidget(self.statusButton)

        self.recordButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordButtonsSpacer)


        self.recordLayout.addLayout(self.recordButtons)

        self.detailTabs.addTab(self.recordTab, "")
        self.passesTab = QWidget()
        self.passesTab.setObjectName(u"passesTab")
        self.passesLayout = QVBoxLayout(self.passesTab)
        self.passesLayout.setObjectName(u"passesLayout")
        self.passesStack = QStackedWidget(self.passesTab)
        self.passesStack.setObjectName(u"passesStack")
        self.passesTable = QTableView()
        self.passesTable.setObjectName(u"passesTable")
        self.passesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.passesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.passesStack.addWidget(self.passesTable)
        self.passesTable.verticalHeader().setVisible(False)
        self.passesEmpty = QLabel()
        self.passesEmpty.setObjectName(u"passesEmpty")
        self.passesEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passesEmpty.setWordWrap(True)
        self.passesStack.addWidget(self.passesEmpty)

        self.passesLayout.addWidget(self.passesStack)

        self.passButtons = QHBoxLayout()
        self.passButtons.setObjectName(u"passButtons")
        self.issuePassButton = QPushButton(self.passesTab)
        self.issuePassButton.setObjectName(u"issuePassButton")

        self.passButtons.addWidget(self.issuePassButton)

        self.passButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passButtons.addItem(self.passButtonsSpacer)


        self.passesLayout.addLayout(self.passButtons)

        self.detailTabs.addTab(self.passesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyList = QListView(self.historyTab)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyList.setAlternatingRowColors(True)
        self.historyList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.historyList.setResizeMode(QListView.ResizeMode.Adjust)
        self.historyList.setSpacing(2)
        self.historyList.setWordWrap(True)

        self.historyLayout.addWidget(self.historyList)

        self.detailTabs.addTab(self.historyTab, "")
        self.detailStack.addWidget(self.detailTabs)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.agencyFilterLabel.setBuddy(self.agencyFilter)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.cardFilterLabel.setBuddy(self.cardFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.agencyFilter)
        QWidget.setTabOrder(self.agencyFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.cardFilter)
        QWidget.setTabOrder(self.cardFilter, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)
        QWidget.setTabOrder(self.table, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.editButton)
        QWidget.setTabOrder(self.editButton, self.photoButton)
        QWidget.setTabOrder(self.photoButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.exportDataButton)
        QWidget.setTabOrder(self.exportDataButton, self.passesTable)
        QWidget.setTabOrder(self.passesTable, self.issuePassButton)
        QWidget.setTabOrder(self.issuePassButton, self.historyList)

        self.retranslateUi(ReportersPage)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportersPage)
    # setupUi

    def retranslateUi(self, ReportersPage):
        self.searchLabel.setText(QCoreApplication.translate("ReportersPage", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ReportersPage", u"Name, press card, citizen ID or phone (accents optional)", None))
        self.newButton.setText(QCoreApplication.translate("ReportersPage", u"&Add reporter\u2026", None))
        self.agencyFilterLabel.setText(QCoreApplication.translate("ReportersPage", u"A&gency:", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("ReportersPage", u"S&tatus:", None))
        self.cardFilterLabel.setText(QCoreApplication.translate("ReportersPage", u"Press &card:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReportersPage", u"Reporters", None))
#endif // QT_CONFIG(accessibility)
        self.noSelection.setText(QCoreApplication.translate("ReportersPage", u"Choose a reporter in the list to see the record, the passes and the history of changes.", None))
        self.exportDataButton.setText(QCoreApplication.translate("ReportersPage", u"E&xport personal data\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportDataButton.setToolTip(QCoreApplication.translate("ReportersPage", u"Everything held about this reporter in one file, for a request under the personal data law", None))
#endif // QT_CONFIG(tooltip)
        self.agencyCaption.setText(QCoreApplication.translate("ReportersPage", u"Agency:", None))
        self.positionCaption.setText(QCoreApplication.translate("ReportersPage", u"Position:", None))
        self.cardNoCaption.setText(QCoreApplication.translate("ReportersPage", u"Press card no.:", None))
        self.cardExpiryCaption.setText(QCoreApplication.translate("ReportersPage", u"Card expiry:", None))
        self.citizenIdCaption.setText(QCoreApplication.translate("ReportersPage", u"Citizen ID:", None))
        self.phoneCaption.setText(QCoreApplication.translate("ReportersPage", u"Phone:", None))
        self.emailCaption.setText(QCoreApplication.translate("ReportersPage", u"E-mail:", None))
        self.birthDateCaption.setText(QCoreApplication.translate("ReportersPage", u"Date of birth:", None))
        self.genderCaption.setText(QCoreApplication.translate("ReportersPage", u"Gender:", None))
        self.notesCaption.setText(QCoreApplication.translate("ReportersPage", u"Notes:", None))
        self.editButton.setText(QCoreApplication.translate("ReportersPage", u"&Edit\u2026", None))
        self.photoButton.setText(QCoreApplication.translate("ReportersPage", u"Ph&oto\u2026", None))
        self.statusButton.setText(QCoreApplication.translate("ReportersPage", u"Change stat&us\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.recordTab), QCoreApplication.translate("ReportersPage", u"Record", None))
#if QT_CONFIG(accessibility)
        self.passesTable.setAccessibleName(QCoreApplication.translate("ReportersPage", u"Passes of this reporter", None))
#endif // QT_CONFIG(accessibility)
        self.passesEmpty.setText(QCoreApplication.translate("ReportersPage", u"No field pass has been issued to this reporter yet.", None))
        self.issuePassButton.setText(QCoreApplication.translate("ReportersPage", u"&Issue a pass\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.passesTab), QCoreApplication.translate("ReportersPage", u"Passes", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("ReportersPage", u"History of changes to this record", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("ReportersPage", u"History", None))
        pass
    # retranslateUi

