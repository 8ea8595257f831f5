# Generated from ui/first_run.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/first_run.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

from accred_app.gui.widgets import InlineError
from accred_app.gui.widgets.recovery_code import RecoveryCodeView

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(640, 520)
        FirstRunWizard.setMinimumSize(QSize(600, 460))
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.organisationPage = QWizardPage()
        self.organisationPage.setObjectName(u"organisationPage")
        self.organisationLayout = QVBoxLayout(self.organisationPage)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.welcome = QLabel(self.organisationPage)
        self.welcome.setObjectName(u"welcome")
        self.welcome.setWordWrap(True)

        self.organisationLayout.addWidget(self.welcome)

        self.organisationForm = QFormLayout()
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organisationForm.setVerticalSpacing(2)
        self.org_nameLabel = QLabel(self.organisationPage)
        self.org_nameLabel.setObjectName(u"org_nameLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.org_nameLabel)

        self.org_name = QLineEdit(self.organisationPage)
        self.org_name.setObjectName(u"org_name")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.org_name)

        self.error_org_name = InlineError(self.organisationPage)
        self.error_org_name.setObjectName(u"error_org_name")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_org_name)

        self.office_nameLabel = QLabel(self.organisationPage)
        self.office_nameLabel.setObjectName(u"office_nameLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.office_nameLabel)

        self.office_name = QLineEdit(self.organisationPage)
        self.office_name.setObjectName(u"office_name")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.office_name)

        self.error_office_name = InlineError(self.organisationPage)
        self.error_office_name.setObjectName(u"error_office_name")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_office_name)


        self.organisationLayout.addLayout(self.organisationForm)

        FirstRunWizard.addPage(self.organisationPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.adminForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.adminForm.setVerticalSpacing(2)
        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.adminPage)
        self.username.setObjectName(u"username")
        self.username.setText(u"admin")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.error_username = InlineError(self.adminPage)
        self.error_username.setObjectName(u"error_username")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_username)

        self.full_nameLabel = QLabel(self.adminPage)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(self.adminPage)
        self.full_name.setObjectName(u"full_name")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.error_full_name = InlineError(self.adminPage)
        self.error_full_name.setObjectName(u"error_full_name")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_full_name)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.adminPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = InlineError(self.adminPage)
        self.error_password.setObjectName(u"error_password")

        self.adminForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.password_againLabel = QLabel(self.adminPage)
        self.password_againLabel.setObjectName(u"password_againLabel")

        self.adminForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password_againLabel)

        self.password_again = QLineEdit(self.adminPage)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password_again)

        self.error_password_again = InlineError(self.adminPage)
        self.error_password_again.setObjectName(u"error_password_again")

        self.adminForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_password_again)


        self.adminLayout.addLayout(self.adminForm)

        self.formError = InlineError(self.adminPage)
        self.formError.setObjectName(u"formError")

        self.adminLayout.addWidget(self.formError)

        FirstRunWizard.addPage(self.adminPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryView = RecoveryCodeView(self.recoveryPage)
        self.recoveryView.setObjectName(u"recoveryView")

        self.recoveryLayout.addWidget(self.recoveryView)

        FirstRunWizard.addPage(self.recoveryPage)
        self.demoPage = QWizardPage()
        self.demoPage.setObjectName(u"demoPage")
        self.demoLayout = QVBoxLayout(self.demoPage)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoNote = QLabel(self.demoPage)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setWordWrap(True)

        self.demoLayout.addWidget(self.demoNote)

        self.loadDemo = QCheckBox(self.demoPage)
        self.loadDemo.setObjectName(u"loadDemo")

        self.demoLayout.addWidget(self.loadDemo)

        self.demoError = InlineError(self.demoPage)
        self.demoError.setObjectName(u"demoError")

        self.demoLayout.addWidget(self.demoError)

        self.demoSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demoLayout.addItem(self.demoSpace)

        FirstRunWizard.addPage(self.demoPage)
#if QT_CONFIG(shortcut)
        self.org_nameLabel.setBuddy(self.org_name)
        self.office_nameLabel.setBuddy(self.office_name)
        self.usernameLabel.setBuddy(self.username)
        self.full_nameLabel.setBuddy(self.full_name)
        self.passwordLabel.setBuddy(self.password)
        self.password_againLabel.setBuddy(self.password_again)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.org_name, self.office_name)
        QWidget.setTabOrder(self.office_name, self.username)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.password)
        QWidget.setTabOrder(self.password, self.password_again)
        QWidget.setTabOrder(self.password_again, self.loadDemo)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"First-time setup", None))
        self.organisationPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your organisation", None))
        self.organisationPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The names printed at the top of every pass and report. They can be changed later in the settings.", None))
        self.welcome.setText(QCoreApplication.translate("FirstRunWizard", u"Welcome. This database is new: three short steps set it up \u2014 your organisation, the first administrator, and the recovery code that keeps the signing key safe.", None))
        self.org_nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Organisation:", None))
        self.office_nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Offi&ce:", None))
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The first administrator", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This account adds the other officers, makes backups and holds the signing key. Its password unlocks the key: choose one only you know.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Username:", None))
        self.full_nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password:", None))
        self.password_againLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Repeat pass&word:", None))
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The recovery code", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Shown only this once. Write it down or print it before you go on.", None))
        self.demoPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ready", None))
        self.demoPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The desk is set up. Sign in with the administrator account to begin.", None))
        self.demoNote.setText(QCoreApplication.translate("FirstRunWizard", u"To look around first, the desk can fill this database with demonstration data: made-up agencies, reporters, events and passes from Thanh H\u00f3a. Use it only on a database for training \u2014 real records would be mixed with invented ones.", None))
        self.loadDemo.setText(QCoreApplication.translate("FirstRunWizard", u"&Load the demonstration data", None))
    # retranslateUi

