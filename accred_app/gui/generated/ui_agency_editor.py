# Generated from ui/agency_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/agency_editor.ui), then run
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

class Ui_AgencyEditor(object):
    def setupUi(self, AgencyEditor):
        if not AgencyEditor.objectName():
            AgencyEditor.setObjectName(u"AgencyEditor")
        AgencyEditor.resize(520, 480)
        self.dialogLayout = QVBoxLayout(AgencyEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.nameLabel = QLabel(AgencyEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AgencyEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.error_name = InlineError(AgencyEditor)
        self.error_name.setObjectName(u"error_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_name)

        self.short_nameLabel = QLabel(AgencyEditor)
        self.short_nameLabel.setObjectName(u"short_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.short_nameLabel)

        self.short_name = QLineEdit(AgencyEditor)
        self.short_name.setObjectName(u"short_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.error_short_name = InlineError(AgencyEditor)
        self.error_short_name.setObjectName(u"error_short_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_short_name)

        self.kindLabel = QLabel(AgencyEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(AgencyEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind)

        self.error_kind = InlineError(AgencyEditor)
        self.error_kind.setObjectName(u"error_kind")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_kind)

        self.agreement_signed_onLabel = QLabel(AgencyEditor)
        self.agreement_signed_onLabel.setObjectName(u"agreement_signed_onLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agreement_signed_onLabel)

        self.agreement_signed_on = QLineEdit(AgencyEditor)
        self.agreement_signed_on.setObjectName(u"agreement_signed_on")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agreement_signed_on)

        self.error_agreement_signed_on = InlineError(AgencyEditor)
        self.error_agreement_signed_on.setObjectName(u"error_agreement_signed_on")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_agreement_signed_on)

        self.contact_personLabel = QLabel(AgencyEditor)
        self.contact_personLabel.setObjectName(u"contact_personLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contact_personLabel)

        self.contact_person = QLineEdit(AgencyEditor)
        self.contact_person.setObjectName(u"contact_person")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.error_contact_person = InlineError(AgencyEditor)
        self.error_contact_person.setObjectName(u"error_contact_person")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_contact_person)

        self.phoneLabel = QLabel(AgencyEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(AgencyEditor)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone)

        self.error_phone = InlineError(AgencyEditor)
        self.error_phone.setObjectName(u"error_phone")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_phone)

        self.emailLabel = QLabel(AgencyEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(AgencyEditor)
        self.email.setObjectName(u"email")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.email)

        self.error_email = InlineError(AgencyEditor)
        self.error_email.setObjectName(u"error_email")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.error_email)

        self.addressLabel = QLabel(AgencyEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(AgencyEditor)
        self.address.setObjectName(u"address")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.address)

        self.error_address = InlineError(AgencyEditor)
        self.error_address.setObjectName(u"error_address")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.error_address)


        self.dialogLayout.addLayout(self.form)

        self.formError = InlineError(AgencyEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AgencyEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.short_nameLabel.setBuddy(self.short_name)
        self.kindLabel.setBuddy(self.kind)
        self.agreement_signed_onLabel.setBuddy(self.agreement_signed_on)
        self.contact_personLabel.setBuddy(self.contact_person)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.short_name)
        QWidget.setTabOrder(self.short_name, self.kind)
        QWidget.setTabOrder(self.kind, self.agreement_signed_on)
        QWidget.setTabOrder(self.agreement_signed_on, self.contact_person)
        QWidget.setTabOrder(self.contact_person, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.address)

        self.retranslateUi(AgencyEditor)

        QMetaObject.connectSlotsByName(AgencyEditor)
    # setupUi

    def retranslateUi(self, AgencyEditor):
        AgencyEditor.setWindowTitle(QCoreApplication.translate("AgencyEditor", u"Press agency", None))
        self.nameLabel.setText(QCoreApplication.translate("AgencyEditor", u"&Name:", None))
        self.short_nameLabel.setText(QCoreApplication.translate("AgencyEditor", u"S&hort name:", None))
        self.short_name.setPlaceholderText(QCoreApplication.translate("AgencyEditor", u"e.g. TTXVN, VTV", None))
        self.kindLabel.setText(QCoreApplication.translate("AgencyEditor", u"&Kind:", None))
        self.agreement_signed_onLabel.setText(QCoreApplication.translate("AgencyEditor", u"&Agreement signed on:", None))
        self.agreement_signed_on.setPlaceholderText(QCoreApplication.translate("AgencyEditor", u"dd/mm/yyyy", None))
        self.contact_personLabel.setText(QCoreApplication.translate("AgencyEditor", u"&Contact person:", None))
        self.phoneLabel.setText(QCoreApplication.translate("AgencyEditor", u"&Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("AgencyEditor", u"E-&mail:", None))
        self.addressLabel.setText(QCoreApplication.translate("AgencyEditor", u"A&ddress:", None))
    # retranslateUi

