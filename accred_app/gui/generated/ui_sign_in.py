# Generated from ui/sign_in.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/sign_in.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(440, 220)
        SignInDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(SignInDialog)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(20, 18, 20, 16)
        self.organisation = QLabel(SignInDialog)
        self.organisation.setObjectName(u"organisation")

        self.layout.addWidget(self.organisation)

        self.heading = QLabel(SignInDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.layout.addWidget(self.heading)

        self.headingSpace = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.headingSpace)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.error = InlineError(SignInDialog)
        self.error.setObjectName(u"error")

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.heading.setText(QCoreApplication.translate("SignInDialog", u"Press accreditation desk", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"&Username:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
    # retranslateUi

