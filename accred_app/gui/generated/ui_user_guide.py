# Generated from ui/user_guide.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/user_guide.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from accred_app.gui.widgets.guide_browser import GuideBrowser

class Ui_UserGuide(object):
    def setupUi(self, UserGuide):
        if not UserGuide.objectName():
            UserGuide.setObjectName(u"UserGuide")
        UserGuide.resize(900, 700)
        UserGuide.setSizeGripEnabled(True)
        self.guideLayout = QVBoxLayout(UserGuide)
        self.guideLayout.setObjectName(u"guideLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.backButton = QPushButton(UserGuide)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.backButton)

        self.forwardButton = QPushButton(UserGuide)
        self.forwardButton.setObjectName(u"forwardButton")
        self.forwardButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.forwardButton)

        self.homeButton = QPushButton(UserGuide)
        self.homeButton.setObjectName(u"homeButton")
        self.homeButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.homeButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)


        self.guideLayout.addLayout(self.toolLayout)

        self.browser = GuideBrowser(UserGuide)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.guideLayout.addWidget(self.browser)

        self.buttons = QDialogButtonBox(UserGuide)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.guideLayout.addWidget(self.buttons)


        self.retranslateUi(UserGuide)

        QMetaObject.connectSlotsByName(UserGuide)
    # setupUi

    def retranslateUi(self, UserGuide):
        UserGuide.setWindowTitle(QCoreApplication.translate("UserGuide", u"User guide", None))
        self.backButton.setText(QCoreApplication.translate("UserGuide", u"&Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("UserGuide", u"Back to the page read before (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.forwardButton.setText(QCoreApplication.translate("UserGuide", u"&Forward", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("UserGuide", u"Forward again (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.homeButton.setText(QCoreApplication.translate("UserGuide", u"&Contents", None))
#if QT_CONFIG(tooltip)
        self.homeButton.setToolTip(QCoreApplication.translate("UserGuide", u"The start of the guide, with its table of contents", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("UserGuide", u"User guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

