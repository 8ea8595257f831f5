# Generated from ui/officers_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/officers_page.ui), then run
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
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_OfficersPage(object):
    def setupUi(self, OfficersPage):
        if not OfficersPage.objectName():
            OfficersPage.setObjectName(u"OfficersPage")
        OfficersPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(OfficersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.buttonBar = QHBoxLayout()
        self.buttonBar.setObjectName(u"buttonBar")
        self.newButton = QPushButton(OfficersPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonBar.addWidget(self.newButton)

        self.passwordButton = QPushButton(OfficersPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonBar.addWidget(self.passwordButton)

        self.unlockButton = QPushButton(OfficersPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonBar.addWidget(self.unlockButton)

        self.disableButton = QPushButton(OfficersPage)
        self.disableButton.setObjectName(u"disableButton")

        self.buttonBar.addWidget(self.disableButton)

        self.buttonSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonBar.addItem(self.buttonSpace)


        self.pageLayout.addLayout(self.buttonBar)

        self.listStack = QStackedWidget(OfficersPage)
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

        self.countLabel = QLabel(OfficersPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        self.keyBox = QGroupBox(OfficersPage)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyStatus = QLabel(self.keyBox)
        self.keyStatus.setObjectName(u"keyStatus")
        self.keyStatus.setWordWrap(True)

        self.keyLayout.addWidget(self.keyStatus)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.recoveryCodeButton = QPushButton(self.keyBox)
        self.recoveryCodeButton.setObjectName(u"recoveryCodeButton")

        self.keyButtons.addWidget(self.recoveryCodeButton)

        self.recoverButton = QPushButton(self.keyBox)
        self.recoverButton.setObjectName(u"recoverButton")

        self.keyButtons.addWidget(self.recoverButton)

        self.keySpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpace)


        self.keyLayout.addLayout(self.keyButtons)


        self.pageLayout.addWidget(self.keyBox)

        QWidget.setTabOrder(self.newButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.table)
        QWidget.setTabOrder(self.table, self.recoveryCodeButton)
        QWidget.setTabOrder(self.recoveryCodeButton, self.recoverButton)

        self.retranslateUi(OfficersPage)

        QMetaObject.connectSlotsByName(OfficersPage)
    # setupUi

    def retranslateUi(self, OfficersPage):
        self.newButton.setText(QCoreApplication.translate("OfficersPage", u"&Add officer\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("OfficersPage", u"Set &password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("OfficersPage", u"&Unlock", None))
        self.disableButton.setText(QCoreApplication.translate("OfficersPage", u"&Disable\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OfficersPage", u"Officers", None))
#endif // QT_CONFIG(accessibility)
        self.keyBox.setTitle(QCoreApplication.translate("OfficersPage", u"Signing key", None))
        self.recoveryCodeButton.setText(QCoreApplication.translate("OfficersPage", u"&New recovery code\u2026", None))
        self.recoverButton.setText(QCoreApplication.translate("OfficersPage", u"Use the recovery &code\u2026", None))
        pass
    # retranslateUi

