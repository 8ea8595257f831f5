# Generated from ui/main_window.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/main_window.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenuBar,
    QSizePolicy, QSplitter, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.mainSplitter)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(170, 0))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.mainSplitter.addWidget(self.navigation)
        self.pageStack = QStackedWidget(self.mainSplitter)
        self.pageStack.setObjectName(u"pageStack")
        self.noticePage = QWidget()
        self.noticePage.setObjectName(u"noticePage")
        self.noticeLayout = QVBoxLayout(self.noticePage)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.checkpointNotice = QLabel(self.noticePage)
        self.checkpointNotice.setObjectName(u"checkpointNotice")
        self.checkpointNotice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checkpointNotice.setWordWrap(True)
        self.checkpointNotice.setMargin(48)

        self.noticeLayout.addWidget(self.checkpointNotice)

        self.pageStack.addWidget(self.noticePage)
        self.mainSplitter.addWidget(self.pageStack)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Press accreditation desk", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Choose the page to work on; Ctrl+1 to Ctrl+9 open them directly.", None))
#endif // QT_CONFIG(accessibility)
        self.checkpointNotice.setText(QCoreApplication.translate("MainWindow", u"Your account is for checkpoint duty only, so the reporter registry is not shown. Open a gate to scan passes with File \u2192 Open the checkpoint gate\u2026 (Ctrl+K); ask an administrator if you need access to the registry.", None))
    # retranslateUi

