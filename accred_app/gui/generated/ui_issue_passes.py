# Generated from ui/issue_passes.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/issue_passes.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_IssuePassesDialog(object):
    def setupUi(self, IssuePassesDialog):
        if not IssuePassesDialog.objectName():
            IssuePassesDialog.setObjectName(u"IssuePassesDialog")
        IssuePassesDialog.resize(640, 600)
        self.dialogLayout = QVBoxLayout(IssuePassesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.steps = QStackedWidget(IssuePassesDialog)
        self.steps.setObjectName(u"steps")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formPageLayout.setContentsMargins(0, 0, 0, 0)
        self.reporterName = QLabel(self.formPage)
        self.reporterName.setObjectName(u"reporterName")
        font = QFont()
        font.setBold(True)
        self.reporterName.setFont(font)
        self.reporterName.setWordWrap(True)

        self.formPageLayout.addWidget(self.reporterName)

        self.whoGroup = QGroupBox(self.formPage)
        self.whoGroup.setObjectName(u"whoGroup")
        self.whoLayout = QGridLayout(self.whoGroup)
        self.whoLayout.setObjectName(u"whoLayout")
        self.byAgency = QRadioButton(self.whoGroup)
        self.byAgency.setObjectName(u"byAgency")

        self.whoLayout.addWidget(self.byAgency, 0, 0, 1, 1)

        self.agency_id = QComboBox(self.whoGroup)
        self.agency_id.setObjectName(u"agency_id")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agency_id.sizePolicy().hasHeightForWidth())
        self.agency_id.setSizePolicy(sizePolicy)
        self.agency_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency_id.setMinimumContentsLength(30)

        self.whoLayout.addWidget(self.agency_id, 0, 1, 1, 1)

        self.bySelection = QRadioButton(self.whoGroup)
        self.bySelection.setObjectName(u"bySelection")

        self.whoLayout.addWidget(self.bySelection, 1, 0, 1, 2)

        self.byEarlierEvent = QRadioButton(self.whoGroup)
        self.byEarlierEvent.setObjectName(u"byEarlierEvent")

        self.whoLayout.addWidget(self.byEarlierEvent, 2, 0, 1, 1)

        self.from_event_id = QComboBox(self.whoGroup)
        self.from_event_id.setObjectName(u"from_event_id")
        sizePolicy.setHeightForWidth(self.from_event_id.sizePolicy().hasHeightForWidth())
        self.from_event_id.setSizePolicy(sizePolicy)
        self.from_event_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_event_id.setMinimumContentsLength(30)

        self.whoLayout.addWidget(self.from_event_id, 2, 1, 1, 1)

        self.error_batch = InlineError(self.whoGroup)
        self.error_batch.setObjectName(u"error_batch")

        self.whoLayout.addWidget(self.error_batch, 3, 0, 1, 2)


        self.formPageLayout.addWidget(self.whoGroup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.eventLabel = QLabel(self.formPage)
        self.eventLabel.setObjectName(u"eventLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.event_id = QComboBox(self.formPage)
        self.event_id.setObjectName(u"event_id")
        sizePolicy.setHeightForWidth(self.event_id.sizePolicy().hasHeightForWidth())
        self.event_id.setSizePolicy(sizePolicy)
        self.event_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_id.setMinimumContentsLength(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_id)

        self.error_event_id = InlineError(self.formPage)
        self.error_event_id.setObjectName(u"error_event_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_event_id)

        self.zonesLabel = QLabel(self.formPage)
        self.zonesLabel.setObjectName(u"zonesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.zonesLabel)

        self.zones = QWidget(self.formPage)
        self.zones.setObjectName(u"zones")
        self.zonesLayout = QGridLayout(self.zones)
        self.zonesLayout.setObjectName(u"zonesLayout")
        self.zonesLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zones)

        self.error_zones = InlineError(self.formPage)
        self.error_zones.setObjectName(u"error_zones")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_zones)

        self.firstDayLabel = QLabel(self.formPage)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.first_day = QLineEdit(self.formPage)
        self.first_day.setObjectName(u"first_day")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.first_day)

        self.error_first_day = InlineError(self.formPage)
        self.error_first_day.setObjectName(u"error_first_day")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_first_day)

        self.lastDayLabel = QLabel(self.formPage)
        self.lastDayLabel.setObjectName(u"lastDayLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lastDayLabel)

        self.last_day = QLineEdit(self.formPage)
        self.last_day.setObjectName(u"last_day")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.last_day)

        self.error_last_day = InlineError(self.formPage)
        self.error_last_day.setObjectName(u"error_last_day")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_last_day)


        self.formPageLayout.addLayout(self.form)

        self.overrideCard = QCheckBox(self.formPage)
        self.overrideCard.setObjectName(u"overrideCard")

        self.formPageLayout.addWidget(self.overrideCard)

        self.overrideForm = QFormLayout()
        self.overrideForm.setObjectName(u"overrideForm")
        self.overrideForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.overrideLabel = QLabel(self.formPage)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.override_card = QLineEdit(self.formPage)
        self.override_card.setObjectName(u"override_card")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.override_card)

        self.error_override_card = InlineError(self.formPage)
        self.error_override_card.setObjectName(u"error_override_card")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_override_card)


        self.formPageLayout.addLayout(self.overrideForm)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPageLayout.addItem(self.formSpacer)

        self.steps.addWidget(self.formPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummary)

        self.eligibleLabel = QLabel(self.previewPage)
        self.eligibleLabel.setObjectName(u"eligibleLabel")
        self.eligibleLabel.setFont(font)

        self.previewLayout.addWidget(self.eligibleLabel)

        self.eligibleList = QListWidget(self.previewPage)
        self.eligibleList.setObjectName(u"eligibleList")
        self.eligibleList.setAlternatingRowColors(True)
        self.eligibleList.setWordWrap(True)

        self.previewLayout.addWidget(self.eligibleList)

        self.skippedLabel = QLabel(self.previewPage)
        self.skippedLabel.setObjectName(u"skippedLabel")
        self.skippedLabel.setFont(font)

        self.previewLayout.addWidget(self.skippedLabel)

        self.skippedList = QListWidget(self.previewPage)
        self.skippedList.setObjectName(u"skippedList")
        self.skippedList.setAlternatingRowColors(True)
        self.skippedList.setWordWrap(True)

        self.previewLayout.addWidget(self.skippedList)

        self.steps.addWidget(self.previewPage)

        self.dialogLayout.addWidget(self.steps)

        self.formError = InlineError(IssuePassesDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backButton = QPushButton(IssuePassesDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(IssuePassesDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.issueButton = QPushButton(IssuePassesDialog)
        self.issueButton.setObjectName(u"issueButton")

        self.buttons.addWidget(self.issueButton)

        self.cancelButton = QPushButton(IssuePassesDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.event_id)
        self.firstDayLabel.setBuddy(self.first_day)
        self.lastDayLabel.setBuddy(self.last_day)
        self.overrideLabel.setBuddy(self.override_card)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.byAgency, self.agency_id)
        QWidget.setTabOrder(self.agency_id, self.bySelection)
        QWidget.setTabOrder(self.bySelection, self.byEarlierEvent)
        QWidget.setTabOrder(self.byEarlierEvent, self.from_event_id)
        QWidget.setTabOrder(self.from_event_id, self.event_id)
        QWidget.setTabOrder(self.event_id, self.first_day)
        QWidget.setTabOrder(self.first_day, self.last_day)
        QWidget.setTabOrder(self.last_day, self.overrideCard)
        QWidget.setTabOrder(self.overrideCard, self.override_card)
        QWidget.setTabOrder(self.override_card, self.eligibleList)
        QWidget.setTabOrder(self.eligibleList, self.skippedList)
        QWidget.setTabOrder(self.skippedList, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.cancelButton)

        self.retranslateUi(IssuePassesDialog)

        QMetaObject.connectSlotsByName(IssuePassesDialog)
    # setupUi

    def retranslateUi(self, IssuePassesDialog):
        IssuePassesDialog.setWindowTitle(QCoreApplication.translate("IssuePassesDialog", u"Issue field passes", None))
        self.whoGroup.setTitle(QCoreApplication.translate("IssuePassesDialog", u"Who gets a pass", None))
        self.byAgency.setText(QCoreApplication.translate("IssuePassesDialog", u"A whole &agency:", None))
        self.bySelection.setText(QCoreApplication.translate("IssuePassesDialog", u"&Selected reporters", None))
        self.byEarlierEvent.setText(QCoreApplication.translate("IssuePassesDialog", u"Reporters of an earlier e&vent:", None))
        self.eventLabel.setText(QCoreApplication.translate("IssuePassesDialog", u"&Event or site:", None))
        self.zonesLabel.setText(QCoreApplication.translate("IssuePassesDialog", u"Zones:", None))
        self.firstDayLabel.setText(QCoreApplication.translate("IssuePassesDialog", u"Valid &from:", None))
        self.first_day.setPlaceholderText(QCoreApplication.translate("IssuePassesDialog", u"dd/mm/yyyy", None))
        self.lastDayLabel.setText(QCoreApplication.translate("IssuePassesDialog", u"Valid &to:", None))
        self.last_day.setPlaceholderText(QCoreApplication.translate("IssuePassesDialog", u"dd/mm/yyyy (last valid day)", None))
        self.overrideCard.setText(QCoreApplication.translate("IssuePassesDialog", u"Issue even if the press &card expires before the pass ends", None))
        self.overrideLabel.setText(QCoreApplication.translate("IssuePassesDialog", u"&Reason:", None))
        self.override_card.setPlaceholderText(QCoreApplication.translate("IssuePassesDialog", u"Why the pass may outlast the press card (recorded on each pass)", None))
#if QT_CONFIG(accessibility)
        self.eligibleList.setAccessibleName(QCoreApplication.translate("IssuePassesDialog", u"Reporters who will get a pass", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.skippedList.setAccessibleName(QCoreApplication.translate("IssuePassesDialog", u"Reporters skipped, with the reason", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("IssuePassesDialog", u"&Back", None))
        self.previewButton.setText(QCoreApplication.translate("IssuePassesDialog", u"&Preview\u2026", None))
        self.issueButton.setText(QCoreApplication.translate("IssuePassesDialog", u"&Issue", None))
        self.cancelButton.setText(QCoreApplication.translate("IssuePassesDialog", u"Cancel", None))
    # retranslateUi

