# Generated from ui/officer_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/officer_editor.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_OfficerEditor(object):
    def setupUi(self, OfficerEditor):
        if not OfficerEditor.objectName():
            OfficerEditor.setObjectName(u"OfficerEditor")
        OfficerEditor.resize(500, 380)
        self.dialogLayout = QVBoxLayout(OfficerEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.usernameLabel = QLabel(OfficerEditor)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(OfficerEditor)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.error_username = InlineError(OfficerEditor)
        self.error_username.setObjectName(u"error_username")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_username)

        self.full_nameLabel = QLabel(OfficerEditor)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(OfficerEditor)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.error_full_name = InlineError(OfficerEditor)
        self.error_full_name.setObjectName(u"error_full_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_full_name)

        self.roleLabel = QLabel(OfficerEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(OfficerEditor)
        self.role.setObjectName(u"role")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.error_role = InlineError(OfficerEditor)
        self.error_role.setObjectName(u"error_role")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_role)

        self.unit_idLabel = QLabel(OfficerEditor)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unit_idLabel)

        self.unit_id = QComboBox(OfficerEditor)
        self.unit_id.setObjectName(u"unit_id")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unit_id)

        self.error_unit_id = InlineError(OfficerEditor)
        self.error_unit_id.setObjectName(u"error_unit_id")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_unit_id)

        self.passwordLabel = QLabel(OfficerEditor)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(OfficerEditor)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = InlineError(OfficerEditor)
        self.error_password.setObjectName(u"error_password")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.password_againLabel = QLabel(OfficerEditor)
        self.password_againLabel.setObjectName(u"password_againLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.password_againLabel)

        self.password_again = QLineEdit(OfficerEditor)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.password_again)

        self.error_password_again = InlineError(OfficerEditor)
        self.error_password_again.setObjectName(u"error_password_again")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_password_again)


        self.dialogLayout.addLayout(self.form)

        self.roleNote = QLabel(OfficerEditor)
        self.roleNote.setObjectName(u"roleNote")
        self.roleNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.roleNote)

        self.formError = InlineError(OfficerEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(OfficerEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.full_nameLabel.setBuddy(self.full_name)
        self.roleLabel.setBuddy(self.role)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.passwordLabel.setBuddy(self.password)
        self.password_againLabel.setBuddy(self.password_again)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)
        QWidget.setTabOrder(self.role, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.password)
        QWidget.setTabOrder(self.password, self.password_again)

        self.retranslateUi(OfficerEditor)

        QMetaObject.connectSlotsByName(OfficerEditor)
    # setupUi

    def retranslateUi(self, OfficerEditor):
        OfficerEditor.setWindowTitle(QCoreApplication.translate("OfficerEditor", u"New officer", None))
        self.usernameLabel.setText(QCoreApplication.translate("OfficerEditor", u"&Username:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("OfficerEditor", u"plain letters, digits, \u201c.\u201d, \u201c_\u201d, \u201c-\u201d", None))
        self.full_nameLabel.setText(QCoreApplication.translate("OfficerEditor", u"&Full name:", None))
        self.roleLabel.setText(QCoreApplication.translate("OfficerEditor", u"&Role:", None))
        self.unit_idLabel.setText(QCoreApplication.translate("OfficerEditor", u"U&nit:", None))
        self.passwordLabel.setText(QCoreApplication.translate("OfficerEditor", u"&Password:", None))
        self.password_againLabel.setText(QCoreApplication.translate("OfficerEditor", u"Repeat pass&word:", None))
    # retranslateUi

