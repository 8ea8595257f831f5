# Generated from ui/about_dialog.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/about_dialog.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(760, 560)
        AboutDialog.setMinimumSize(QSize(620, 460))
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.appIcon = QLabel(AboutDialog)
        self.appIcon.setObjectName(u"appIcon")
        self.appIcon.setMinimumSize(QSize(80, 80))
        self.appIcon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.appIcon)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.appName = QLabel(AboutDialog)
        self.appName.setObjectName(u"appName")
        self.appName.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.titleLayout.addWidget(self.appName)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.titleLayout.addWidget(self.versionLabel)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.titleLayout.addWidget(self.description)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.librariesTab = QWidget()
        self.librariesTab.setObjectName(u"librariesTab")
        self.librariesLayout = QVBoxLayout(self.librariesTab)
        self.librariesLayout.setObjectName(u"librariesLayout")
        self.librariesNote = QLabel(self.librariesTab)
        self.librariesNote.setObjectName(u"librariesNote")
        self.librariesNote.setWordWrap(True)

        self.librariesLayout.addWidget(self.librariesNote)

        self.libraries = QTableWidget(self.librariesTab)
        if (self.libraries.columnCount() < 3):
            self.libraries.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.libraries.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.libraries.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.libraries.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.libraries.setObjectName(u"libraries")
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.libraries.horizontalHeader().setStretchLastSection(True)
        self.libraries.verticalHeader().setVisible(False)

        self.librariesLayout.addWidget(self.libraries)

        self.tabs.addTab(self.librariesTab, "")
        self.resourcesTab = QWidget()
        self.resourcesTab.setObjectName(u"resourcesTab")
        self.resourcesLayout = QVBoxLayout(self.resourcesTab)
        self.resourcesLayout.setObjectName(u"resourcesLayout")
        self.resourcesNote = QLabel(self.resourcesTab)
        self.resourcesNote.setObjectName(u"resourcesNote")
        self.resourcesNote.setWordWrap(True)

        self.resourcesLayout.addWidget(self.resourcesNote)

        self.resources = QTableWidget(self.resourcesTab)
        if (self.resources.columnCount() < 2):
            self.resources.setColumnCount(2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.resources.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.resources.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        self.resources.setObjectName(u"resources")
        self.resources.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resources.horizontalHeader().setStretchLastSection(True)
        self.resources.verticalHeader().setVisible(False)

        self.resourcesLayout.addWidget(self.resources)

        self.tabs.addTab(self.resourcesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About", None))
        self.appName.setText(QCoreApplication.translate("AboutDialog", u"Press accreditation desk", None))
        self.description.setText(QCoreApplication.translate("AboutDialog", u"Registers reporters and their agencies, issues signed QR field passes, runs the checkpoints that scan them and keeps the access log of the press office.", None))
        self.librariesNote.setText(QCoreApplication.translate("AboutDialog", u"The desk is built on these free software libraries, each under its own licence (as its package states).", None))
        ___qtablewidgetitem = self.libraries.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"Library", None))
        ___qtablewidgetitem1 = self.libraries.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        ___qtablewidgetitem2 = self.libraries.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AboutDialog", u"Licence", None))
#if QT_CONFIG(accessibility)
        self.libraries.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Libraries and their licences", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.librariesTab), QCoreApplication.translate("AboutDialog", u"Libraries", None))
        self.resourcesNote.setText(QCoreApplication.translate("AboutDialog", u"Files shipped with the desk, as recorded in resources/LICENSES.md.", None))
        ___qtablewidgetitem3 = self.resources.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AboutDialog", u"File", None))
        ___qtablewidgetitem4 = self.resources.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AboutDialog", u"Licence", None))
#if QT_CONFIG(accessibility)
        self.resources.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Bundled files and their licences", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.resourcesTab), QCoreApplication.translate("AboutDialog", u"Fonts, icons and sounds", None))
    # retranslateUi

