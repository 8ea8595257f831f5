# Generated from ui/recover_key.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/recover_key.ui), then run
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

class Ui_RecoverKeyDialog(object):
    def setupUi(self, RecoverKeyDialog):
        if not RecoverKeyDialog.objectName():
            RecoverKeyDialog.setObjectName(u"RecoverKeyDialog")
        RecoverKeyDialog.resize(540, 260)
        self.dialogLayout = QVBoxLayout(RecoverKeyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(RecoverKeyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.recovery_codeLabel = QLabel(RecoverKeyDialog)
        self.recovery_codeLabel.setObjectName(u"recovery_codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_codeLabel)

        self.recovery_code = QLineEdit(RecoverKeyDialog)
        self.recovery_code.setObjectName(u"recovery_code")
        self.recovery_code.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_code)

        self.error_recovery_code = InlineError(RecoverKeyDialog)
        self.error_recovery_code.setObjectName(u"error_recovery_code")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_recovery_code)

        self.passwordLabel = QLabel(RecoverKeyDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(RecoverKeyDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = InlineError(RecoverKeyDialog)
        self.error_password.setObjectName(u"error_password")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_password)


        self.dialogLayout.addLayout(self.form)

        self.formError = InlineError(RecoverKeyDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(RecoverKeyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recovery_codeLabel.setBuddy(self.recovery_code)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recovery_code, self.password)

        self.retranslateUi(RecoverKeyDialog)

        QMetaObject.connectSlotsByName(RecoverKeyDialog)
    # setupUi

    def retranslateUi(self, RecoverKeyDialog):
        RecoverKeyDialog.setWindowTitle(QCoreApplication.translate("RecoverKeyDialog", u"Use the recovery code", None))
        self.recovery_codeLabel.setText(QCoreApplication.translate("RecoverKeyDialog", u"Recovery &code:", None))
        self.passwordLabel.setText(QCoreApplication.translate("RecoverKeyDialog", u"Your &password:", None))
    # retranslateUi

