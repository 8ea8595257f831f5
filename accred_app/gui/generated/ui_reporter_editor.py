# Generated from ui/reporter_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/reporter_editor.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_ReporterEditor(object):
    def setupUi(self, ReporterEditor):
        if not ReporterEditor.objectName():
            ReporterEditor.setObjectName(u"ReporterEditor")
        ReporterEditor.resize(780, 700)
        self.dialogLayout = QVBoxLayout(ReporterEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.full_nameLabel = QLabel(ReporterEditor)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(ReporterEditor)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.error_full_name = InlineError(ReporterEditor)
        self.error_full_name.setObjectName(u"error_full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_full_name)

        self.agency_idLabel = QLabel(ReporterEditor)
        self.agency_idLabel.setObjectName(u"agency_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agency_idLabel)

        self.agency_id = QComboBox(ReporterEditor)
        self.agency_id.setObjectName(u"agency_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agency_id)

        self.error_agency_id = InlineError(ReporterEditor)
        self.error_agency_id.setObjectName(u"error_agency_id")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_agency_id)

        self.positionLabel = QLabel(ReporterEditor)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(ReporterEditor)
        self.position.setObjectName(u"position")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.error_position = InlineError(ReporterEditor)
        self.error_position.setObjectName(u"error_position")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_position)

        self.card_noLabel = QLabel(ReporterEditor)
        self.card_noLabel.setObjectName(u"card_noLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.card_noLabel)

        self.card_no = QLineEdit(ReporterEditor)
        self.card_no.setObjectName(u"card_no")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.card_no)

        self.error_card_no = InlineError(ReporterEditor)
        self.error_card_no.setObjectName(u"error_card_no")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_card_no)

        self.card_expiryLabel = QLabel(ReporterEditor)
        self.card_expiryLabel.setObjectName(u"card_expiryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.card_expiryLabel)

        self.card_expiry = QLineEdit(ReporterEditor)
        self.card_expiry.setObjectName(u"card_expiry")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.card_expiry)

        self.error_card_expiry = InlineError(ReporterEditor)
        self.error_card_expiry.setObjectName(u"error_card_expiry")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_card_expiry)

        self.citizen_idLabel = QLabel(ReporterEditor)
        self.citizen_idLabel.setObjectName(u"citizen_idLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.citizen_idLabel)

        self.citizen_id = QLineEdit(ReporterEditor)
        self.citizen_id.setObjectName(u"citizen_id")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.citizen_id)

        self.error_citizen_id = InlineError(ReporterEditor)
        self.error_citizen_id.setObjectName(u"error_citizen_id")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_citizen_id)

        self.phoneLabel = QLabel(ReporterEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ReporterEditor)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phone)

        self.error_phone = InlineError(ReporterEditor)
        self.error_phone.setObjectName(u"error_phone")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.error_phone)

        self.emailLabel = QLabel(ReporterEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(ReporterEditor)
        self.email.setObjectName(u"email")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.email)

        self.error_email = InlineError(ReporterEditor)
        self.error_email.setObjectName(u"error_email")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.error_email)

        self.date_of_birthLabel = QLabel(ReporterEditor)
        self.date_of_birthLabel.setObjectName(u"date_of_birthLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.date_of_birthLabel)

        self.date_of_birth = QLineEdit(ReporterEditor)
        self.date_of_birth.setObjectName(u"date_of_birth")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.date_of_birth)

        self.error_date_of_birth = InlineError(ReporterEditor)
        self.error_date_of_birth.setObjectName(u"error_date_of_birth")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.error_date_of_birth)

        self.genderLabel = QLabel(ReporterEditor)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QComboBox(ReporterEditor)
        self.gender.setObjectName(u"gender")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.gender)

        self.error_gender = InlineError(ReporterEditor)
        self.error_gender.setObjectName(u"error_gender")

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.error_gender)

        self.notesLabel = QLabel(ReporterEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(ReporterEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 90))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.notes)

        self.error_notes = InlineError(ReporterEditor)
        self.error_notes.setObjectName(u"error_notes")

        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.error_notes)

        self.processing_purposeLabel = QLabel(ReporterEditor)
        self.processing_purposeLabel.setObjectName(u"processing_purposeLabel")

        self.form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.processing_purposeLabel)

        self.processing_purpose = QLineEdit(ReporterEditor)
        self.processing_purpose.setObjectName(u"processing_purpose")

        self.form.setWidget(22, QFormLayout.ItemRole.FieldRole, self.processing_purpose)

        self.error_processing_purpose = InlineError(ReporterEditor)
        self.error_processing_purpose.setObjectName(u"error_processing_purpose")

        self.form.setWidget(23, QFormLayout.ItemRole.FieldRole, self.error_processing_purpose)

        self.consent_given_onLabel = QLabel(ReporterEditor)
        self.consent_given_onLabel.setObjectName(u"consent_given_onLabel")

        self.form.setWidget(24, QFormLayout.ItemRole.LabelRole, self.consent_given_onLabel)

        self.consent_given_on = QLineEdit(ReporterEditor)
        self.consent_given_on.setObjectName(u"consent_given_on")

        self.form.setWidget(24, QFormLayout.ItemRole.FieldRole, self.consent_given_on)

        self.error_consent_given_on = InlineError(ReporterEditor)
        self.error_consent_given_on.setObjectName(u"error_consent_given_on")

        self.form.setWidget(25, QFormLayout.ItemRole.FieldRole, self.error_consent_given_on)

        self.consent_methodLabel = QLabel(ReporterEditor)
        self.consent_methodLabel.setObjectName(u"consent_methodLabel")

        self.form.setWidget(26, QFormLayout.ItemRole.LabelRole, self.consent_methodLabel)

        self.consent_method = QComboBox(ReporterEditor)
        self.consent_method.setObjectName(u"consent_method")

        self.form.setWidget(26, QFormLayout.ItemRole.FieldRole, self.consent_method)

        self.error_consent_method = InlineError(ReporterEditor)
        self.error_consent_method.setObjectName(u"error_consent_method")

        self.form.setWidget(27, QFormLayout.ItemRole.FieldRole, self.error_consent_method)


        self.columns.addLayout(self.form)

        self.photoColumn = QVBoxLayout()
        self.photoColumn.setObjectName(u"photoColumn")
        self.photoPreview = QLabel(ReporterEditor)
        self.photoPreview.setObjectName(u"photoPreview")
        self.photoPreview.setMinimumSize(QSize(150, 200))
        self.photoPreview.setMaximumSize(QSize(150, 200))
        self.photoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.photoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoPreview.setWordWrap(True)

        self.photoColumn.addWidget(self.photoPreview)

        self.photoFileButton = QPushButton(ReporterEditor)
        self.photoFileButton.setObjectName(u"photoFileButton")

        self.photoColumn.addWidget(self.photoFileButton)

        self.cameraButton = QPushButton(ReporterEditor)
        self.cameraButton.setObjectName(u"cameraButton")

        self.photoColumn.addWidget(self.cameraButton)

        self.cameraNote = QLabel(ReporterEditor)
        self.cameraNote.setObjectName(u"cameraNote")
        self.cameraNote.setMaximumSize(QSize(170, 16777215))
        self.cameraNote.setWordWrap(True)

        self.photoColumn.addWidget(self.cameraNote)

        self.photoRule = QLabel(ReporterEditor)
        self.photoRule.setObjectName(u"photoRule")
        self.photoRule.setMaximumSize(QSize(170, 16777215))
        self.photoRule.setWordWrap(True)

        self.photoColumn.addWidget(self.photoRule)

        self.error_photo = InlineError(ReporterEditor)
        self.error_photo.setObjectName(u"error_photo")
        self.error_photo.setMaximumSize(QSize(170, 16777215))

        self.photoColumn.addWidget(self.error_photo)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoColumn.addItem(self.photoSpacer)


        self.columns.addLayout(self.photoColumn)


        self.dialogLayout.addLayout(self.columns)

        self.formError = InlineError(ReporterEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ReporterEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.full_nameLabel.setBuddy(self.full_name)
        self.agency_idLabel.setBuddy(self.agency_id)
        self.positionLabel.setBuddy(self.position)
        self.card_noLabel.setBuddy(self.card_no)
        self.card_expiryLabel.setBuddy(self.card_expiry)
        self.citizen_idLabel.setBuddy(self.citizen_id)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.date_of_birthLabel.setBuddy(self.date_of_birth)
        self.genderLabel.setBuddy(self.gender)
        self.notesLabel.setBuddy(self.notes)
        self.processing_purposeLabel.setBuddy(self.processing_purpose)
        self.consent_given_onLabel.setBuddy(self.consent_given_on)
        self.consent_methodLabel.setBuddy(self.consent_method)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.agency_id)
        QWidget.setTabOrder(self.agency_id, self.position)
        QWidget.setTabOrder(self.position, self.card_no)
        QWidget.setTabOrder(self.card_no, self.card_expiry)
        QWidget.setTabOrder(self.card_expiry, self.citizen_id)
        QWidget.setTabOrder(self.citizen_id, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.date_of_birth)
        QWidget.setTabOrder(self.date_of_birth, self.gender)
        QWidget.setTabOrder(self.gender, self.notes)
        QWidget.setTabOrder(self.notes, self.processing_purpose)
        QWidget.setTabOrder(self.processing_purpose, self.consent_given_on)
        QWidget.setTabOrder(self.consent_given_on, self.consent_method)
        QWidget.setTabOrder(self.consent_method, self.photoFileButton)
        QWidget.setTabOrder(self.photoFileButton, self.cameraButton)

        self.retranslateUi(ReporterEditor)

        QMetaObject.connectSlotsByName(ReporterEditor)
    # setupUi

    def retranslateUi(self, ReporterEditor):
        ReporterEditor.setWindowTitle(QCoreApplication.translate("ReporterEditor", u"Reporter", None))
        self.full_nameLabel.setText(QCoreApplication.translate("ReporterEditor", u"&Full name:", None))
        self.agency_idLabel.setText(QCoreApplication.translate("ReporterEditor", u"A&gency:", None))
        self.positionLabel.setText(QCoreApplication.translate("ReporterEditor", u"P&osition:", None))
        self.position.setPlaceholderText(QCoreApplication.translate("ReporterEditor", u"e.g. reporter, editor, camera operator", None))
        self.card_noLabel.setText(QCoreApplication.translate("ReporterEditor", u"Press &card no.:", None))
        self.card_expiryLabel.setText(QCoreApplication.translate("ReporterEditor", u"Card e&xpiry:", None))
        self.card_expiry.setPlaceholderText(QCoreApplication.translate("ReporterEditor", u"dd/mm/yyyy", None))
        self.citizen_idLabel.setText(QCoreApplication.translate("ReporterEditor", u"Citizen I&D (CCCD):", None))
        self.citizen_id.setPlaceholderText(QCoreApplication.translate("ReporterEditor", u"12 digits", None))
        self.phoneLabel.setText(QCoreApplication.translate("ReporterEditor", u"&Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("ReporterEditor", u"E-&mail:", None))
        self.date_of_birthLabel.setText(QCoreApplication.translate("ReporterEditor", u"Date of &birth:", None))
        self.date_of_birth.setPlaceholderText(QCoreApplication.translate("ReporterEditor", u"dd/mm/yyyy", None))
        self.genderLabel.setText(QCoreApplication.translate("ReporterEditor", u"G&ender:", None))
        self.notesLabel.setText(QCoreApplication.translate("ReporterEditor", u"&Notes:", None))
        self.processing_purposeLabel.setText(QCoreApplication.translate("ReporterEditor", u"P&urpose of processing:", None))
#if QT_CONFIG(tooltip)
        self.processing_purpose.setToolTip(QCoreApplication.translate("ReporterEditor", u"Why the desk holds this reporter's personal data; left empty, the desk's own purpose is recorded", None))
#endif // QT_CONFIG(tooltip)
        self.consent_given_onLabel.setText(QCoreApplication.translate("ReporterEditor", u"Consent d&ate:", None))
        self.consent_given_on.setPlaceholderText(QCoreApplication.translate("ReporterEditor", u"dd/mm/yyyy", None))
        self.consent_methodLabel.setText(QCoreApplication.translate("ReporterEditor", u"Wa&y of consent:", None))
        self.photoPreview.setText(QCoreApplication.translate("ReporterEditor", u"No photo", None))
        self.photoFileButton.setText(QCoreApplication.translate("ReporterEditor", u"Photo from fi&le\u2026", None))
        self.cameraButton.setText(QCoreApplication.translate("ReporterEditor", u"Take with &webcam\u2026", None))
    # retranslateUi

