# Generated from ui/privacy_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/privacy_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

from accred_app.gui.widgets import InlineError

class Ui_PrivacyPage(object):
    def setupUi(self, PrivacyPage):
        if not PrivacyPage.objectName():
            PrivacyPage.setObjectName(u"PrivacyPage")
        PrivacyPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PrivacyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.retentionBox = QGroupBox(PrivacyPage)
        self.retentionBox.setObjectName(u"retentionBox")
        self.retentionLayout = QVBoxLayout(self.retentionBox)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.retentionHelp = QLabel(self.retentionBox)
        self.retentionHelp.setObjectName(u"retentionHelp")
        self.retentionHelp.setWordWrap(True)

        self.retentionLayout.addWidget(self.retentionHelp)

        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionYearsLabel = QLabel(self.retentionBox)
        self.retentionYearsLabel.setObjectName(u"retentionYearsLabel")

        self.retentionRow.addWidget(self.retentionYearsLabel)

        self.retentionYears = QSpinBox(self.retentionBox)
        self.retentionYears.setObjectName(u"retentionYears")
        self.retentionYears.setMinimum(1)
        self.retentionYears.setMaximum(50)

        self.retentionRow.addWidget(self.retentionYears)

        self.saveRetentionButton = QPushButton(self.retentionBox)
        self.saveRetentionButton.setObjectName(u"saveRetentionButton")

        self.retentionRow.addWidget(self.saveRetentionButton)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.retentionLayout.addLayout(self.retentionRow)

        self.retentionError = InlineError(self.retentionBox)
        self.retentionError.setObjectName(u"retentionError")

        self.retentionLayout.addWidget(self.retentionError)


        self.pageLayout.addWidget(self.retentionBox)

        self.purgeBox = QGroupBox(PrivacyPage)
        self.purgeBox.setObjectName(u"purgeBox")
        self.purgeLayout = QVBoxLayout(self.purgeBox)
        self.purgeLayout.setObjectName(u"purgeLayout")
        self.purgeButtons = QHBoxLayout()
        self.purgeButtons.setObjectName(u"purgeButtons")
        self.dryRunButton = QPushButton(self.purgeBox)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.purgeButtons.addWidget(self.dryRunButton)

        self.purgeButton = QPushButton(self.purgeBox)
        self.purgeButton.setObjectName(u"purgeButton")

        self.purgeButtons.addWidget(self.purgeButton)

        self.purgeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.purgeButtons.addItem(self.purgeSpacer)


        self.purgeLayout.addLayout(self.purgeButtons)

        self.purgeInfo = QLabel(self.purgeBox)
        self.purgeInfo.setObjectName(u"purgeInfo")
        self.purgeInfo.setWordWrap(True)
        self.purgeInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.purgeLayout.addWidget(self.purgeInfo)

        self.dueTable = QTableView(self.purgeBox)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.horizontalHeader().setStretchLastSection(True)
        self.dueTable.verticalHeader().setVisible(False)

        self.purgeLayout.addWidget(self.dueTable)


        self.pageLayout.addWidget(self.purgeBox)

#if QT_CONFIG(shortcut)
        self.retentionYearsLabel.setBuddy(self.retentionYears)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.retentionYears, self.saveRetentionButton)
        QWidget.setTabOrder(self.saveRetentionButton, self.dryRunButton)
        QWidget.setTabOrder(self.dryRunButton, self.purgeButton)
        QWidget.setTabOrder(self.purgeButton, self.dueTable)

        self.retranslateUi(PrivacyPage)

        QMetaObject.connectSlotsByName(PrivacyPage)
    # setupUi

    def retranslateUi(self, PrivacyPage):
        self.retentionBox.setTitle(QCoreApplication.translate("PrivacyPage", u"How long personal data is kept", None))
        self.retentionHelp.setText(QCoreApplication.translate("PrivacyPage", u"A reporter's name, numbers and photo are kept for this many years after their last pass, scan or access, then anonymised. The record itself stays, so the counts in past reports stay right (Law 91/2025/QH15, Decree 356/2025).", None))
        self.retentionYearsLabel.setText(QCoreApplication.translate("PrivacyPage", u"&Years kept:", None))
        self.saveRetentionButton.setText(QCoreApplication.translate("PrivacyPage", u"&Save", None))
        self.purgeBox.setTitle(QCoreApplication.translate("PrivacyPage", u"Anonymise the reporters past that time", None))
        self.dryRunButton.setText(QCoreApplication.translate("PrivacyPage", u"&Check who is due", None))
        self.purgeButton.setText(QCoreApplication.translate("PrivacyPage", u"&Anonymise\u2026", None))
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("PrivacyPage", u"Reporters due for anonymisation", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

