# Generated from ui/reports_page.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/reports_page.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(ReportsPage)
        self.tabs.setObjectName(u"tabs")
        self.cooperationTab = QWidget()
        self.cooperationTab.setObjectName(u"cooperationTab")
        self.cooperationLayout = QHBoxLayout(self.cooperationTab)
        self.cooperationLayout.setObjectName(u"cooperationLayout")
        self.cooperationControls = QWidget(self.cooperationTab)
        self.cooperationControls.setObjectName(u"cooperationControls")
        self.cooperationControls.setMaximumSize(QSize(340, 16777215))
        self.controlsLayout = QVBoxLayout(self.cooperationControls)
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.controlsLayout.setContentsMargins(0, 0, 0, 0)
        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.periodForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.periodKindLabel = QLabel(self.cooperationControls)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodKindLabel)

        self.periodKind = QComboBox(self.cooperationControls)
        self.periodKind.setObjectName(u"periodKind")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodKind)

        self.yearLabel = QLabel(self.cooperationControls)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(self.cooperationControls)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2099)

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.quarterLabel = QLabel(self.cooperationControls)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarter = QComboBox(self.cooperationControls)
        self.quarter.setObjectName(u"quarter")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quarter)

        self.firstDayLabel = QLabel(self.cooperationControls)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDay = QLineEdit(self.cooperationControls)
        self.firstDay.setObjectName(u"firstDay")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstDay)

        self.lastDayLabel = QLabel(self.cooperationControls)
        self.lastDayLabel.setObjectName(u"lastDayLabel")

        self.periodForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lastDayLabel)

        self.lastDay = QLineEdit(self.cooperationControls)
        self.lastDay.setObjectName(u"lastDay")

        self.periodForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lastDay)

        self.eventLabel = QLabel(self.cooperationControls)
        self.eventLabel.setObjectName(u"eventLabel")

        self.periodForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.event = QComboBox(self.cooperationControls)
        self.event.setObjectName(u"event")
        self.event.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event.setMinimumContentsLength(16)

        self.periodForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.event)


        self.controlsLayout.addLayout(self.periodForm)

        self.documentBox = QGroupBox(self.cooperationControls)
        self.documentBox.setObjectName(u"documentBox")
        self.documentForm = QFormLayout(self.documentBox)
        self.documentForm.setObjectName(u"documentForm")
        self.documentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.numberLabel = QLabel(self.documentBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(self.documentBox)
        self.number.setObjectName(u"number")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.placeLabel = QLabel(self.documentBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.documentBox)
        self.place.setObjectName(u"place")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place)

        self.signerLabel = QLabel(self.documentBox)
        self.signerLabel.setObjectName(u"signerLabel")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QLineEdit(self.documentBox)
        self.signer.setObjectName(u"signer")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signer)

        self.signerNameLabel = QLabel(self.documentBox)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerName = QLineEdit(self.documentBox)
        self.signerName.setObjectName(u"signerName")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerName)


        self.controlsLayout.addWidget(self.documentBox)

        self.periodError = InlineError(self.cooperationControls)
        self.periodError.setObjectName(u"periodError")

        self.controlsLayout.addWidget(self.periodError)

        self.previewButton = QPushButton(self.cooperationControls)
        self.previewButton.setObjectName(u"previewButton")

        self.controlsLayout.addWidget(self.previewButton)

        self.savePdfButton = QPushButton(self.cooperationControls)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.controlsLayout.addWidget(self.savePdfButton)

        self.saveXlsxButton = QPushButton(self.cooperationControls)
        self.saveXlsxButton.setObjectName(u"saveXlsxButton")

        self.controlsLayout.addWidget(self.saveXlsxButton)

        self.reportInfo = QLabel(self.cooperationControls)
        self.reportInfo.setObjectName(u"reportInfo")
        self.reportInfo.setWordWrap(True)

        self.controlsLayout.addWidget(self.reportInfo)

        self.controlsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controlsLayout.addItem(self.controlsSpacer)


        self.cooperationLayout.addWidget(self.cooperationControls)

        self.reportPreview = QScrollArea(self.cooperationTab)
        self.reportPreview.setObjectName(u"reportPreview")
        self.reportPreview.setWidgetResizable(True)
        self.reportPreview.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.reportPages = QWidget()
        self.reportPages.setObjectName(u"reportPages")
        self.reportPagesLayout = QVBoxLayout(self.reportPages)
        self.reportPagesLayout.setObjectName(u"reportPagesLayout")
        self.reportPlaceholder = QLabel(self.reportPages)
        self.reportPlaceholder.setObjectName(u"reportPlaceholder")
        self.reportPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reportPlaceholder.setWordWrap(True)
        self.reportPlaceholder.setMargin(32)

        self.reportPagesLayout.addWidget(self.reportPlaceholder)

        self.reportPreview.setWidget(self.reportPages)

        self.cooperationLayout.addWidget(self.reportPreview)

        self.tabs.addTab(self.cooperationTab, "")
        self.briefingTab = QWidget()
        self.briefingTab.setObjectName(u"briefingTab")
        self.briefingLayout = QHBoxLayout(self.briefingTab)
        self.briefingLayout.setObjectName(u"briefingLayout")
        self.briefingControls = QWidget(self.briefingTab)
        self.briefingControls.setObjectName(u"briefingControls")
        self.briefingControls.setMaximumSize(QSize(340, 16777215))
        self.briefingControlsLayout = QVBoxLayout(self.briefingControls)
        self.briefingControlsLayout.setObjectName(u"briefingControlsLayout")
        self.briefingControlsLayout.setContentsMargins(0, 0, 0, 0)
        self.briefingEventLabel = QLabel(self.briefingControls)
        self.briefingEventLabel.setObjectName(u"briefingEventLabel")

        self.briefingControlsLayout.addWidget(self.briefingEventLabel)

        self.briefingEvent = QComboBox(self.briefingControls)
        self.briefingEvent.setObjectName(u"briefingEvent")
        self.briefingEvent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.briefingEvent.setMinimumContentsLength(16)

        self.briefingControlsLayout.addWidget(self.briefingEvent)

        self.briefingHelp = QLabel(self.briefingControls)
        self.briefingHelp.setObjectName(u"briefingHelp")
        self.briefingHelp.setWordWrap(True)

        self.briefingControlsLayout.addWidget(self.briefingHelp)

        self.briefingError = InlineError(self.briefingControls)
        self.briefingError.setObjectName(u"briefingError")

        self.briefingControlsLayout.addWidget(self.briefingError)

        self.briefingPreviewButton = QPushButton(self.briefingControls)
        self.briefingPreviewButton.setObjectName(u"briefingPreviewButton")

        self.briefingControlsLayout.addWidget(self.briefingPreviewButton)

        self.briefingSaveButton = QPushButton(self.briefingControls)
        self.briefingSaveButton.setObjectName(u"briefingSaveButton")

        self.briefingControlsLayout.addWidget(self.briefingSaveButton)

        self.briefingInfo = QLabel(self.briefingControls)
        self.briefingInfo.setObjectName(u"briefingInfo")
        self.briefingInfo.setWordWrap(True)

        self.briefingControlsLayout.addWidget(self.briefingInfo)

        self.briefingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.briefingControlsLayout.addItem(self.briefingSpacer)


        self.briefingLayout.addWidget(self.briefingControls)

        self.briefingPreview = QScrollArea(self.briefingTab)
        self.briefingPreview.setObjectName(u"briefingPreview")
        self.briefingPreview.setWidgetResizable(True)
        self.briefingPreview.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.briefingPages = QWidget()
        self.briefingPages.setObjectName(u"briefingPages")
        self.briefingPagesLayout = QVBoxLayout(self.briefingPages)
        self.briefingPagesLayout.setObjectName(u"briefingPagesLayout")
        self.briefingPlaceholder = QLabel(self.briefingPages)
        self.briefingPlaceholder.setObjectName(u"briefingPlaceholder")
        self.briefingPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.briefingPlaceholder.setWordWrap(True)
        self.briefingPlaceholder.setMargin(32)

        self.briefingPagesLayout.addWidget(self.briefingPlaceholder)

        self.briefingPreview.setWidget(self.briefingPages)

        self.briefingLayout.addWidget(self.briefingPreview)

        self.tabs.addTab(self.briefingTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.periodKindLabel.setBuddy(self.periodKind)
        self.yearLabel.setBuddy(self.year)
        self.quarterLabel.setBuddy(self.quarter)
        self.firstDayLabel.setBuddy(self.firstDay)
        self.lastDayLabel.setBuddy(self.lastDay)
        self.eventLabel.setBuddy(self.event)
        self.numberLabel.setBuddy(self.number)
        self.placeLabel.setBuddy(self.place)
        self.signerLabel.setBuddy(self.signer)
        self.signerNameLabel.setBuddy(self.signerName)
        self.briefingEventLabel.setBuddy(self.briefingEvent)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.periodKind)
        QWidget.setTabOrder(self.periodKind, self.year)
        QWidget.setTabOrder(self.year, self.quarter)
        QWidget.setTabOrder(self.quarter, self.firstDay)
        QWidget.setTabOrder(self.firstDay, self.lastDay)
        QWidget.setTabOrder(self.lastDay, self.event)
        QWidget.setTabOrder(self.event, self.number)
        QWidget.setTabOrder(self.number, self.place)
        QWidget.setTabOrder(self.place, self.signer)
        QWidget.setTabOrder(self.signer, self.signerName)
        QWidget.setTabOrder(self.signerName, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.saveXlsxButton)
        QWidget.setTabOrder(self.saveXlsxButton, self.reportPreview)
        QWidget.setTabOrder(self.reportPreview, self.briefingEvent)
        QWidget.setTabOrder(self.briefingEvent, self.briefingPreviewButton)
        QWidget.setTabOrder(self.briefingPreviewButton, self.briefingSaveButton)
        QWidget.setTabOrder(self.briefingSaveButton, self.briefingPreview)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.periodKindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Period:", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year:", None))
        self.quarterLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quarter:", None))
        self.firstDayLabel.setText(QCoreApplication.translate("ReportsPage", u"Fro&m:", None))
        self.firstDay.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"dd/mm/yyyy", None))
        self.lastDayLabel.setText(QCoreApplication.translate("ReportsPage", u"&To:", None))
        self.lastDay.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"dd/mm/yyyy", None))
        self.eventLabel.setText(QCoreApplication.translate("ReportsPage", u"&Event:", None))
        self.documentBox.setTitle(QCoreApplication.translate("ReportsPage", u"The document", None))
        self.numberLabel.setText(QCoreApplication.translate("ReportsPage", u"N&umber:", None))
        self.number.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"left blank for the registry", None))
        self.placeLabel.setText(QCoreApplication.translate("ReportsPage", u"Pl&ace:", None))
        self.signerLabel.setText(QCoreApplication.translate("ReportsPage", u"&Signer's title:", None))
        self.signerNameLabel.setText(QCoreApplication.translate("ReportsPage", u"Signer's &name:", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"Pre&view", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportsPage", u"Save as P&DF\u2026", None))
        self.saveXlsxButton.setText(QCoreApplication.translate("ReportsPage", u"Save as E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.reportPreview.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Preview of the report", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.cooperationTab), QCoreApplication.translate("ReportsPage", u"Cooperation report", None))
        self.briefingEventLabel.setText(QCoreApplication.translate("ReportsPage", u"&Event or site:", None))
        self.briefingHelp.setText(QCoreApplication.translate("ReportsPage", u"Every pass that would open the gate now, with photo, name, agency, zones and serial, in Vietnamese name order: the paper list the gate works from if the scanner or the laptop fails.", None))
        self.briefingPreviewButton.setText(QCoreApplication.translate("ReportsPage", u"Pre&view", None))
        self.briefingSaveButton.setText(QCoreApplication.translate("ReportsPage", u"Save as &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.briefingPreview.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Preview of the briefing sheet", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.briefingTab), QCoreApplication.translate("ReportsPage", u"Checkpoint briefing sheet", None))
        pass
    # retranslateUi

