# Generated from ui/import_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/import_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QStackedWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_ImportPage(object):
    def setupUi(self, ImportPage):
        if not ImportPage.objectName():
            ImportPage.setObjectName(u"ImportPage")
        ImportPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ImportPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.chooseButton = QPushButton(ImportPage)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.fileValue = QLabel(ImportPage)
        self.fileValue.setObjectName(u"fileValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileValue.sizePolicy().hasHeightForWidth())
        self.fileValue.setSizePolicy(sizePolicy)
        self.fileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileRow.addWidget(self.fileValue)

        self.agencyChoiceLabel = QLabel(ImportPage)
        self.agencyChoiceLabel.setObjectName(u"agencyChoiceLabel")

        self.fileRow.addWidget(self.agencyChoiceLabel)

        self.agencyChoice = QComboBox(ImportPage)
        self.agencyChoice.setObjectName(u"agencyChoice")
        self.agencyChoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agencyChoice.setMinimumContentsLength(20)

        self.fileRow.addWidget(self.agencyChoice)

        self.encodingChoiceLabel = QLabel(ImportPage)
        self.encodingChoiceLabel.setObjectName(u"encodingChoiceLabel")

        self.fileRow.addWidget(self.encodingChoiceLabel)

        self.encodingChoice = QComboBox(ImportPage)
        self.encodingChoice.setObjectName(u"encodingChoice")

        self.fileRow.addWidget(self.encodingChoice)

        self.headerRowLabel = QLabel(ImportPage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.fileRow.addWidget(self.headerRowLabel)

        self.headerRow = QSpinBox(ImportPage)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setMaximum(50)

        self.fileRow.addWidget(self.headerRow)


        self.pageLayout.addLayout(self.fileRow)

        self.infoValue = QLabel(ImportPage)
        self.infoValue.setObjectName(u"infoValue")
        self.infoValue.setWordWrap(True)
        self.infoValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.infoValue)

        self.fileProblems = InlineError(ImportPage)
        self.fileProblems.setObjectName(u"fileProblems")

        self.pageLayout.addWidget(self.fileProblems)

        self.bodyStack = QStackedWidget(ImportPage)
        self.bodyStack.setObjectName(u"bodyStack")
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setMargin(32)
        self.bodyStack.addWidget(self.emptyState)
        self.splitter = QSplitter()
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.columnsBox = QGroupBox(self.splitter)
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsLayout = QVBoxLayout(self.columnsBox)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsTable = QTableWidget(self.columnsBox)
        if (self.columnsTable.columnCount() < 3):
            self.columnsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnsTable)

        self.splitter.addWidget(self.columnsBox)
        self.rowsBox = QGroupBox(self.splitter)
        self.rowsBox.setObjectName(u"rowsBox")
        self.rowsLayout = QVBoxLayout(self.rowsBox)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.onlyProblems = QCheckBox(self.rowsBox)
        self.onlyProblems.setObjectName(u"onlyProblems")

        self.rowsLayout.addWidget(self.onlyProblems)

        self.rowsTable = QTableView(self.rowsBox)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsTable.setAlternatingRowColors(True)
        self.rowsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsTable.setWordWrap(False)
        self.rowsTable.horizontalHeader().setStretchLastSection(True)
        self.rowsTable.verticalHeader().setVisible(False)

        self.rowsLayout.addWidget(self.rowsTable)

        self.splitter.addWidget(self.rowsBox)
        self.bodyStack.addWidget(self.splitter)

        self.pageLayout.addWidget(self.bodyStack)

        self.summaryValue = QLabel(ImportPage)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryValue)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.allOrNothing = QCheckBox(ImportPage)
        self.allOrNothing.setObjectName(u"allOrNothing")

        self.importRow.addWidget(self.allOrNothing)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importRow.addItem(self.importSpacer)

        self.importButton = QPushButton(ImportPage)
        self.importButton.setObjectName(u"importButton")

        self.importRow.addWidget(self.importButton)


        self.pageLayout.addLayout(self.importRow)

#if QT_CONFIG(shortcut)
        self.agencyChoiceLabel.setBuddy(self.agencyChoice)
        self.encodingChoiceLabel.setBuddy(self.encodingChoice)
        self.headerRowLabel.setBuddy(self.headerRow)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.agencyChoice)
        QWidget.setTabOrder(self.agencyChoice, self.encodingChoice)
        QWidget.setTabOrder(self.encodingChoice, self.headerRow)
        QWidget.setTabOrder(self.headerRow, self.columnsTable)
        QWidget.setTabOrder(self.columnsTable, self.onlyProblems)
        QWidget.setTabOrder(self.onlyProblems, self.rowsTable)
        QWidget.setTabOrder(self.rowsTable, self.allOrNothing)
        QWidget.setTabOrder(self.allOrNothing, self.importButton)

        self.retranslateUi(ImportPage)

        QMetaObject.connectSlotsByName(ImportPage)
    # setupUi

    def retranslateUi(self, ImportPage):
        self.chooseButton.setText(QCoreApplication.translate("ImportPage", u"&Choose a file\u2026", None))
        self.agencyChoiceLabel.setText(QCoreApplication.translate("ImportPage", u"A&gency:", None))
#if QT_CONFIG(tooltip)
        self.agencyChoice.setToolTip(QCoreApplication.translate("ImportPage", u"Put every reporter of the file in this agency, whatever the file says", None))
#endif // QT_CONFIG(tooltip)
        self.encodingChoiceLabel.setText(QCoreApplication.translate("ImportPage", u"Te&xt encoding:", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportPage", u"Hea&der row:", None))
        self.columnsBox.setTitle(QCoreApplication.translate("ImportPage", u"Columns of the file", None))
        ___qtablewidgetitem = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportPage", u"No.", None))
        ___qtablewidgetitem1 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportPage", u"Heading in the file", None))
        ___qtablewidgetitem2 = self.columnsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportPage", u"Field", None))
#if QT_CONFIG(accessibility)
        self.columnsTable.setAccessibleName(QCoreApplication.translate("ImportPage", u"Columns of the file and the field each fills", None))
#endif // QT_CONFIG(accessibility)
        self.rowsBox.setTitle(QCoreApplication.translate("ImportPage", u"Rows", None))
        self.onlyProblems.setText(QCoreApplication.translate("ImportPage", u"Show only the rows with &problems", None))
#if QT_CONFIG(accessibility)
        self.rowsTable.setAccessibleName(QCoreApplication.translate("ImportPage", u"Rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.allOrNothing.setText(QCoreApplication.translate("ImportPage", u"Import &nothing if any row has a problem", None))
        self.importButton.setText(QCoreApplication.translate("ImportPage", u"&Import", None))
        pass
    # retranslateUi

