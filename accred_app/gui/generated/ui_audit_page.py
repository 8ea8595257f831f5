# Generated from ui/audit_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/audit_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chainBox = QGroupBox(self.splitter)
        self.chainBox.setObjectName(u"chainBox")
        self.chainLayout = QVBoxLayout(self.chainBox)
        self.chainLayout.setObjectName(u"chainLayout")
        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyButton = QPushButton(self.chainBox)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyRow.addWidget(self.verifyButton)

        self.verdict = QLabel(self.chainBox)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.verdict.sizePolicy().hasHeightForWidth())
        self.verdict.setSizePolicy(sizePolicy)

        self.verifyRow.addWidget(self.verdict)


        self.chainLayout.addLayout(self.verifyRow)

        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.headLabel = QLabel(self.chainBox)
        self.headLabel.setObjectName(u"headLabel")

        self.headRow.addWidget(self.headLabel)

        self.headHash = QLineEdit(self.chainBox)
        self.headHash.setObjectName(u"headHash")
        self.headHash.setReadOnly(True)

        self.headRow.addWidget(self.headHash)

        self.copyHeadButton = QPushButton(self.chainBox)
        self.copyHeadButton.setObjectName(u"copyHeadButton")

        self.headRow.addWidget(self.copyHeadButton)


        self.chainLayout.addLayout(self.headRow)

        self.results = QTreeWidget(self.chainBox)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"result")
        self.results.setHeaderItem(__qtreewidgetitem)
        self.results.setObjectName(u"results")
        self.results.setHeaderHidden(True)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)

        self.chainLayout.addWidget(self.results)

        self.splitter.addWidget(self.chainBox)
        self.trailBox = QGroupBox(self.splitter)
        self.trailBox.setObjectName(u"trailBox")
        self.trailLayout = QVBoxLayout(self.trailBox)
        self.trailLayout.setObjectName(u"trailLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.entityLabel = QLabel(self.trailBox)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterRow.addWidget(self.entityLabel)

        self.entity = QComboBox(self.trailBox)
        self.entity.setObjectName(u"entity")
        self.entity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.entity)

        self.entity_idLabel = QLabel(self.trailBox)
        self.entity_idLabel.setObjectName(u"entity_idLabel")

        self.filterRow.addWidget(self.entity_idLabel)

        self.entity_id = QLineEdit(self.trailBox)
        self.entity_id.setObjectName(u"entity_id")
        self.entity_id.setMaximumSize(QSize(90, 16777215))

        self.filterRow.addWidget(self.entity_id)

        self.officerLabel = QLabel(self.trailBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.filterRow.addWidget(self.officerLabel)

        self.officer = QComboBox(self.trailBox)
        self.officer.setObjectName(u"officer")
        self.officer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.officer)

        self.sinceLabel = QLabel(self.trailBox)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.since = QLineEdit(self.trailBox)
        self.since.setObjectName(u"since")
        self.since.setMaximumSize(QSize(100, 16777215))

        self.filterRow.addWidget(self.since)

        self.untilLabel = QLabel(self.trailBox)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterRow.addWidget(self.untilLabel)

        self.until = QLineEdit(self.trailBox)
        self.until.setObjectName(u"until")
        self.until.setMaximumSize(QSize(100, 16777215))

        self.filterRow.addWidget(self.until)

        self.showButton = QPushButton(self.trailBox)
        self.showButton.setObjectName(u"showButton")

        self.filterRow.addWidget(self.showButton)

        self.filterSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpace)


        self.trailLayout.addLayout(self.filterRow)

        self.error_entity = InlineError(self.trailBox)
        self.error_entity.setObjectName(u"error_entity")

        self.trailLayout.addWidget(self.error_entity)

        self.error_entity_id = InlineError(self.trailBox)
        self.error_entity_id.setObjectName(u"error_entity_id")

        self.trailLayout.addWidget(self.error_entity_id)

        self.error_since = InlineError(self.trailBox)
        self.error_since.setObjectName(u"error_since")

        self.trailLayout.addWidget(self.error_since)

        self.error_until = InlineError(self.trailBox)
        self.error_until.setObjectName(u"error_until")

        self.trailLayout.addWidget(self.error_until)

        self.listStack = QStackedWidget(self.trailBox)
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

        self.trailLayout.addWidget(self.listStack)

        self.countLabel = QLabel(self.trailBox)
        self.countLabel.setObjectName(u"countLabel")

        self.trailLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.trailBox)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entity)
        self.entity_idLabel.setBuddy(self.entity_id)
        self.officerLabel.setBuddy(self.officer)
        self.sinceLabel.setBuddy(self.since)
        self.untilLabel.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.verifyButton, self.headHash)
        QWidget.setTabOrder(self.headHash, self.copyHeadButton)
        QWidget.setTabOrder(self.copyHeadButton, self.results)
        QWidget.setTabOrder(self.results, self.entity)
        QWidget.setTabOrder(self.entity, self.entity_id)
        QWidget.setTabOrder(self.entity_id, self.officer)
        QWidget.setTabOrder(self.officer, self.since)
        QWidget.setTabOrder(self.since, self.until)
        QWidget.setTabOrder(self.until, self.showButton)
        QWidget.setTabOrder(self.showButton, self.table)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.chainBox.setTitle(QCoreApplication.translate("AuditPage", u"State of the trail", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"&Verify the trail", None))
        self.headLabel.setText(QCoreApplication.translate("AuditPage", u"Head hash to write down:", None))
#if QT_CONFIG(accessibility)
        self.headHash.setAccessibleName(QCoreApplication.translate("AuditPage", u"Head hash of the trail", None))
#endif // QT_CONFIG(accessibility)
        self.copyHeadButton.setText(QCoreApplication.translate("AuditPage", u"&Copy", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("AuditPage", u"What the check found", None))
#endif // QT_CONFIG(accessibility)
        self.trailBox.setTitle(QCoreApplication.translate("AuditPage", u"Changes", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditPage", u"Record &kind:", None))
        self.entity_idLabel.setText(QCoreApplication.translate("AuditPage", u"&Id:", None))
        self.officerLabel.setText(QCoreApplication.translate("AuditPage", u"&Officer:", None))
        self.sinceLabel.setText(QCoreApplication.translate("AuditPage", u"Fro&m:", None))
        self.since.setPlaceholderText(QCoreApplication.translate("AuditPage", u"dd/mm/yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("AuditPage", u"&Until:", None))
        self.until.setPlaceholderText(QCoreApplication.translate("AuditPage", u"dd/mm/yyyy", None))
        self.showButton.setText(QCoreApplication.translate("AuditPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Changes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

