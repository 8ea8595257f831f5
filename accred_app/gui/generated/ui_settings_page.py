# Generated from ui/settings_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/settings_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.organisationBox = QGroupBox(self.content)
        self.organisationBox.setObjectName(u"organisationBox")
        self.organisationLayout = QVBoxLayout(self.organisationBox)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.org_nameLabel = QLabel(self.organisationBox)
        self.org_nameLabel.setObjectName(u"org_nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.org_nameLabel)

        self.org_name = QLineEdit(self.organisationBox)
        self.org_name.setObjectName(u"org_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.org_name)

        self.error_org_name = InlineError(self.organisationBox)
        self.error_org_name.setObjectName(u"error_org_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_org_name)

        self.office_nameLabel = QLabel(self.organisationBox)
        self.office_nameLabel.setObjectName(u"office_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.office_nameLabel)

        self.office_name = QLineEdit(self.organisationBox)
        self.office_name.setObjectName(u"office_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.office_name)

        self.error_office_name = InlineError(self.organisationBox)
        self.error_office_name.setObjectName(u"error_office_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_office_name)

        self.serial_prefixLabel = QLabel(self.organisationBox)
        self.serial_prefixLabel.setObjectName(u"serial_prefixLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serial_prefixLabel)

        self.serial_prefix = QLineEdit(self.organisationBox)
        self.serial_prefix.setObjectName(u"serial_prefix")
        self.serial_prefix.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serial_prefix)

        self.error_serial_prefix = InlineError(self.organisationBox)
        self.error_serial_prefix.setObjectName(u"error_serial_prefix")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_serial_prefix)

        self.retention_yearsLabel = QLabel(self.organisationBox)
        self.retention_yearsLabel.setObjectName(u"retention_yearsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retention_yearsLabel)

        self.retention_years = QSpinBox(self.organisationBox)
        self.retention_years.setObjectName(u"retention_years")
        self.retention_years.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.retention_years)

        self.error_retention_years = InlineError(self.organisationBox)
        self.error_retention_years.setObjectName(u"error_retention_years")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_retention_years)


        self.organisationLayout.addLayout(self.form)

        self.organisationNote = QLabel(self.organisationBox)
        self.organisationNote.setObjectName(u"organisationNote")
        self.organisationNote.setWordWrap(True)

        self.organisationLayout.addWidget(self.organisationNote)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.organisationBox)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.formError = InlineError(self.organisationBox)
        self.formError.setObjectName(u"formError")

        self.saveRow.addWidget(self.formError)

        self.saveSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpace)


        self.organisationLayout.addLayout(self.saveRow)


        self.contentLayout.addWidget(self.organisationBox)

        self.languageBox = QGroupBox(self.content)
        self.languageBox.setObjectName(u"languageBox")
        self.languageLayout = QHBoxLayout(self.languageBox)
        self.languageLayout.setObjectName(u"languageLayout")
        self.vietnamese = QRadioButton(self.languageBox)
        self.vietnamese.setObjectName(u"vietnamese")
        self.vietnamese.setText(u"Ti\u1ebfng &Vi\u1ec7t")

        self.languageLayout.addWidget(self.vietnamese)

        self.english = QRadioButton(self.languageBox)
        self.english.setObjectName(u"english")
        self.english.setText(u"&English")

        self.languageLayout.addWidget(self.english)

        self.languageSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpace)


        self.contentLayout.addWidget(self.languageBox)

        self.databaseBox = QGroupBox(self.content)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseLayout = QVBoxLayout(self.databaseBox)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseLocation = QLabel(self.databaseBox)
        self.databaseLocation.setObjectName(u"databaseLocation")
        self.databaseLocation.setWordWrap(True)
        self.databaseLocation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.databaseLocation)

        self.databaseButtons = QHBoxLayout()
        self.databaseButtons.setObjectName(u"databaseButtons")
        self.chooseFileButton = QPushButton(self.databaseBox)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.databaseButtons.addWidget(self.chooseFileButton)

        self.postgresButton = QPushButton(self.databaseBox)
        self.postgresButton.setObjectName(u"postgresButton")

        self.databaseButtons.addWidget(self.postgresButton)

        self.defaultButton = QPushButton(self.databaseBox)
        self.defaultButton.setObjectName(u"defaultButton")

        self.databaseButtons.addWidget(self.defaultButton)

        self.databaseSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.databaseButtons.addItem(self.databaseSpace)


        self.databaseLayout.addLayout(self.databaseButtons)

        self.databaseNote = QLabel(self.databaseBox)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)

        self.databaseLayout.addWidget(self.databaseNote)


        self.contentLayout.addWidget(self.databaseBox)

        self.bottomSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpace)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.org_nameLabel.setBuddy(self.org_name)
        self.office_nameLabel.setBuddy(self.office_name)
        self.serial_prefixLabel.setBuddy(self.serial_prefix)
        self.retention_yearsLabel.setBuddy(self.retention_years)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.org_name, self.office_name)
        QWidget.setTabOrder(self.office_name, self.serial_prefix)
        QWidget.setTabOrder(self.serial_prefix, self.retention_years)
        QWidget.setTabOrder(self.retention_years, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.vietnamese)
        QWidget.setTabOrder(self.vietnamese, self.english)
        QWidget.setTabOrder(self.english, self.chooseFileButton)
        QWidget.setTabOrder(self.chooseFileButton, self.postgresButton)
        QWidget.setTabOrder(self.postgresButton, self.defaultButton)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.organisationBox.setTitle(QCoreApplication.translate("SettingsPage", u"Organisation (printed on passes)", None))
        self.org_nameLabel.setText(QCoreApplication.translate("SettingsPage", u"&Organisation:", None))
        self.org_name.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. C\u00d4NG AN T\u1ec8NH THANH H\u00d3A", None))
        self.office_nameLabel.setText(QCoreApplication.translate("SettingsPage", u"Offi&ce:", None))
        self.office_name.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. PH\u00d2NG THAM M\u01afU", None))
        self.serial_prefixLabel.setText(QCoreApplication.translate("SettingsPage", u"Serial prefi&x:", None))
        self.retention_yearsLabel.setText(QCoreApplication.translate("SettingsPage", u"Keep personal data (&years):", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        self.languageBox.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.databaseBox.setTitle(QCoreApplication.translate("SettingsPage", u"Database", None))
        self.chooseFileButton.setText(QCoreApplication.translate("SettingsPage", u"Use another &database file\u2026", None))
        self.postgresButton.setText(QCoreApplication.translate("SettingsPage", u"Use a &PostgreSQL server\u2026", None))
        self.defaultButton.setText(QCoreApplication.translate("SettingsPage", u"Use the default locatio&n", None))
        pass
    # retranslateUi

