# Generated from ui/officer_password.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/officer_password.ui), then run
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
    QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_OfficerPasswordDialog(object):
    def setupUi(self, OfficerPasswordDialog):
        if not OfficerPasswordDialog.objectName():
            OfficerPasswordDialog.setObjectName(u"OfficerPasswordDialog")
        OfficerPasswordDialog.resize(480, 220)
        self.dialogLayout = QVBoxLayout(OfficerPasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(OfficerPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.passwordLabel = QLabel(OfficerPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(OfficerPasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = InlineError(OfficerPasswordDialog)
        self.error_password.setObjectName(u"error_password")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.password_againLabel = QLabel(OfficerPasswordDialog)
        self.password_againLabel.setObjectName(u"password_againLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_againLabel)

        self.password_again = QLineEdit(OfficerPasswordDialog)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_again)

        self.error_password_again = InlineError(OfficerPasswordDialog)
        self.error_password_again.setObjectName(u"error_password_again")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_password_again)


        self.dialogLayout.addLayout(self.form)

        self.formError = InlineError(OfficerPasswordDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(OfficerPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.password_againLabel.setBuddy(self.password_again)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.password_again)

        self.retranslateUi(OfficerPasswordDialog)

        QMetaObject.connectSlotsByName(OfficerPasswordDialog)
    # setupUi

    def retranslateUi(self, OfficerPasswordDialog):
        OfficerPasswordDialog.setWindowTitle(QCoreApplication.translate("OfficerPasswordDialog", u"Set password", None))
        self.passwordLabel.setText(QCoreApplication.translate("OfficerPasswordDialog", u"&New password:", None))
        self.password_againLabel.setText(QCoreApplication.translate("OfficerPasswordDialog", u"Repeat pass&word:", None))
    # retranslateUi

