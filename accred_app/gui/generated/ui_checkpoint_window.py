# Generated from ui/checkpoint_window.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/checkpoint_window.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_CheckpointWindow(object):
    def setupUi(self, CheckpointWindow):
        if not CheckpointWindow.objectName():
            CheckpointWindow.setObjectName(u"CheckpointWindow")
        CheckpointWindow.resize(1180, 760)
        self.centralWidget = QWidget(CheckpointWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.header = QFrame(self.centralWidget)
        self.header.setObjectName(u"header")
        self.headerLayout = QVBoxLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.postRow = QHBoxLayout()
        self.postRow.setObjectName(u"postRow")
        self.eventLabel = QLabel(self.header)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setText(u"")

        self.postRow.addWidget(self.eventLabel)

        self.zoneLabel = QLabel(self.header)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setText(u"")

        self.postRow.addWidget(self.zoneLabel)

        self.unitLabel = QLabel(self.header)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"")

        self.postRow.addWidget(self.unitLabel)

        self.directionLabel = QLabel(self.header)
        self.directionLabel.setObjectName(u"directionLabel")
        self.directionLabel.setText(u"")

        self.postRow.addWidget(self.directionLabel)

        self.postSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.postRow.addItem(self.postSpacer)

        self.officerLabel = QLabel(self.header)
        self.officerLabel.setObjectName(u"officerLabel")
        self.officerLabel.setText(u"")

        self.postRow.addWidget(self.officerLabel)


        self.headerLayout.addLayout(self.postRow)

        self.stateRow = QHBoxLayout()
        self.stateRow.setObjectName(u"stateRow")
        self.freshnessLabel = QLabel(self.header)
        self.freshnessLabel.setObjectName(u"freshnessLabel")
        self.freshnessLabel.setText(u"")
        self.freshnessLabel.setWordWrap(True)

        self.stateRow.addWidget(self.freshnessLabel)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateRow.addItem(self.stateSpacer)

        self.sourceLabel = QLabel(self.header)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setText(u"")
        self.sourceLabel.setWordWrap(True)

        self.stateRow.addWidget(self.sourceLabel)


        self.headerLayout.addLayout(self.stateRow)


        self.centralLayout.addWidget(self.header)

        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.verdictFrame = QFrame(self.mainSplitter)
        self.verdictFrame.setObjectName(u"verdictFrame")
        self.verdictLayout = QVBoxLayout(self.verdictFrame)
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.titleLabel = QLabel(self.verdictFrame)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.verdictLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(self.verdictFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.verdictLayout.addWidget(self.messageLabel)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.photoLabel = QLabel(self.verdictFrame)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setText(u"")
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setMinimumSize(QSize(240, 320))

        self.personRow.addWidget(self.photoLabel)

        self.factsColumn = QVBoxLayout()
        self.factsColumn.setObjectName(u"factsColumn")
        self.nameLabel = QLabel(self.verdictFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setWordWrap(True)

        self.factsColumn.addWidget(self.nameLabel)

        self.agencyLabel = QLabel(self.verdictFrame)
        self.agencyLabel.setObjectName(u"agencyLabel")
        self.agencyLabel.setText(u"")
        self.agencyLabel.setWordWrap(True)

        self.factsColumn.addWidget(self.agencyLabel)

        self.serialLabel = QLabel(self.verdictFrame)
        self.serialLabel.setObjectName(u"serialLabel")
        self.serialLabel.setText(u"")

        self.factsColumn.addWidget(self.serialLabel)

        self.zonesLabel = QLabel(self.verdictFrame)
        self.zonesLabel.setObjectName(u"zonesLabel")
        self.zonesLabel.setText(u"")
        self.zonesLabel.setWordWrap(True)
        self.zonesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.factsColumn.addWidget(self.zonesLabel)

        self.validityLabel = QLabel(self.verdictFrame)
        self.validityLabel.setObjectName(u"validityLabel")
        self.validityLabel.setText(u"")
        self.validityLabel.setWordWrap(True)

        self.factsColumn.addWidget(self.validityLabel)

        self.warningsLabel = QLabel(self.verdictFrame)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setText(u"")
        self.warningsLabel.setWordWrap(True)

        self.factsColumn.addWidget(self.warningsLabel)

        self.factsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.factsColumn.addItem(self.factsSpacer)


        self.personRow.addLayout(self.factsColumn)


        self.verdictLayout.addLayout(self.personRow)

        self.countdownLabel = QLabel(self.verdictFrame)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setText(u"")
        self.countdownLabel.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.verdictLayout.addWidget(self.countdownLabel)

        self.mainSplitter.addWidget(self.verdictFrame)
        self.sidePanel = QFrame(self.mainSplitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.panelLayout = QVBoxLayout(self.sidePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.countsForm = QFormLayout()
        self.countsForm.setObjectName(u"countsForm")
        self.entriesCaption = QLabel(self.sidePanel)
        self.entriesCaption.setObjectName(u"entriesCaption")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entriesCaption)

        self.entriesValue = QLabel(self.sidePanel)
        self.entriesValue.setObjectName(u"entriesValue")
        self.entriesValue.setText(u"0")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entriesValue)

        self.exitsCaption = QLabel(self.sidePanel)
        self.exitsCaption.setObjectName(u"exitsCaption")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exitsCaption)

        self.exitsValue = QLabel(self.sidePanel)
        self.exitsValue.setObjectName(u"exitsValue")
        self.exitsValue.setText(u"0")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exitsValue)

        self.insideCaption = QLabel(self.sidePanel)
        self.insideCaption.setObjectName(u"insideCaption")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.insideCaption)

        self.insideValue = QLabel(self.sidePanel)
        self.insideValue.setObjectName(u"insideValue")
        self.insideValue.setText(u"0")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.insideValue)

        self.manualCaption = QLabel(self.sidePanel)
        self.manualCaption.setObjectName(u"manualCaption")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.manualCaption)

        self.manualValue = QLabel(self.sidePanel)
        self.manualValue.setObjectName(u"manualValue")
        self.manualValue.setText(u"0")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.manualValue)


        self.panelLayout.addLayout(self.countsForm)

        self.denialsCaption = QLabel(self.sidePanel)
        self.denialsCaption.setObjectName(u"denialsCaption")

        self.panelLayout.addWidget(self.denialsCaption)

        self.denialsList = QListWidget(self.sidePanel)
        self.denialsList.setObjectName(u"denialsList")
        self.denialsList.setMaximumSize(QSize(16777215, 130))

        self.panelLayout.addWidget(self.denialsList)

        self.recentCaption = QLabel(self.sidePanel)
        self.recentCaption.setObjectName(u"recentCaption")
        self.recentCaption.setWordWrap(True)

        self.panelLayout.addWidget(self.recentCaption)

        self.recentList = QListWidget(self.sidePanel)
        self.recentList.setObjectName(u"recentList")

        self.panelLayout.addWidget(self.recentList)

        self.mainSplitter.addWidget(self.sidePanel)

        self.centralLayout.addWidget(self.mainSplitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.manualButton = QPushButton(self.centralWidget)
        self.manualButton.setObjectName(u"manualButton")

        self.buttonRow.addWidget(self.manualButton)

        self.denyButton = QPushButton(self.centralWidget)
        self.denyButton.setObjectName(u"denyButton")
        self.denyButton.setEnabled(False)

        self.buttonRow.addWidget(self.denyButton)

        self.clearButton = QPushButton(self.centralWidget)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.muteButton = QPushButton(self.centralWidget)
        self.muteButton.setObjectName(u"muteButton")
        self.muteButton.setCheckable(True)

        self.buttonRow.addWidget(self.muteButton)

        self.scannerButton = QPushButton(self.centralWidget)
        self.scannerButton.setObjectName(u"scannerButton")

        self.buttonRow.addWidget(self.scannerButton)

        self.changeButton = QPushButton(self.centralWidget)
        self.changeButton.setObjectName(u"changeButton")

        self.buttonRow.addWidget(self.changeButton)

        self.fullScreenButton = QPushButton(self.centralWidget)
        self.fullScreenButton.setObjectName(u"fullScreenButton")
        self.fullScreenButton.setCheckable(True)

        self.buttonRow.addWidget(self.fullScreenButton)

        self.closeButton = QPushButton(self.centralWidget)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.centralLayout.addLayout(self.buttonRow)

        CheckpointWindow.setCentralWidget(self.centralWidget)

        self.retranslateUi(CheckpointWindow)

        QMetaObject.connectSlotsByName(CheckpointWindow)
    # setupUi

    def retranslateUi(self, CheckpointWindow):
        CheckpointWindow.setWindowTitle(QCoreApplication.translate("CheckpointWindow", u"Checkpoint", None))
#if QT_CONFIG(accessibility)
        self.verdictFrame.setAccessibleName(QCoreApplication.translate("CheckpointWindow", u"Verdict", None))
#endif // QT_CONFIG(accessibility)
        self.entriesCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Entries", None))
        self.exitsCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Exits", None))
        self.insideCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Inside now", None))
        self.manualCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Admitted by hand", None))
        self.denialsCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Denials by reason", None))
#if QT_CONFIG(accessibility)
        self.denialsList.setAccessibleName(QCoreApplication.translate("CheckpointWindow", u"Denials by reason", None))
#endif // QT_CONFIG(accessibility)
        self.recentCaption.setText(QCoreApplication.translate("CheckpointWindow", u"Last scans (click one to see it again)", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("CheckpointWindow", u"Last scans", None))
#endif // QT_CONFIG(accessibility)
        self.manualButton.setText(QCoreApplication.translate("CheckpointWindow", u"Find by &name or serial\u2026", None))
        self.denyButton.setText(QCoreApplication.translate("CheckpointWindow", u"Supervisor &denies\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("CheckpointWindow", u"&Clear (Space)", None))
        self.muteButton.setText(QCoreApplication.translate("CheckpointWindow", u"&Mute", None))
        self.scannerButton.setText(QCoreApplication.translate("CheckpointWindow", u"Sc&anner\u2026", None))
#if QT_CONFIG(tooltip)
        self.scannerButton.setToolTip(QCoreApplication.translate("CheckpointWindow", u"Choose how passes are read here: USB scanner, serial scanner or webcam", None))
#endif // QT_CONFIG(tooltip)
        self.changeButton.setText(QCoreApplication.translate("CheckpointWindow", u"C&hange checkpoint\u2026", None))
        self.fullScreenButton.setText(QCoreApplication.translate("CheckpointWindow", u"&Full screen", None))
        self.closeButton.setText(QCoreApplication.translate("CheckpointWindow", u"Close the &gate", None))
    # retranslateUi

