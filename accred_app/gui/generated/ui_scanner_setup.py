# Generated from ui/scanner_setup.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/scanner_setup.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_ScannerSetupDialog(object):
    def setupUi(self, ScannerSetupDialog):
        if not ScannerSetupDialog.objectName():
            ScannerSetupDialog.setObjectName(u"ScannerSetupDialog")
        ScannerSetupDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(ScannerSetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ScannerSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.choiceGrid = QGridLayout()
        self.choiceGrid.setObjectName(u"choiceGrid")
        self.keyboardChoice = QRadioButton(ScannerSetupDialog)
        self.keyboardChoice.setObjectName(u"keyboardChoice")
        self.keyboardChoice.setChecked(True)

        self.choiceGrid.addWidget(self.keyboardChoice, 0, 0, 1, 1)

        self.keyboardAvailability = QLabel(ScannerSetupDialog)
        self.keyboardAvailability.setObjectName(u"keyboardAvailability")

        self.choiceGrid.addWidget(self.keyboardAvailability, 0, 1, 1, 1)

        self.serialChoice = QRadioButton(ScannerSetupDialog)
        self.serialChoice.setObjectName(u"serialChoice")

        self.choiceGrid.addWidget(self.serialChoice, 1, 0, 1, 1)

        self.serialAvailability = QLabel(ScannerSetupDialog)
        self.serialAvailability.setObjectName(u"serialAvailability")

        self.choiceGrid.addWidget(self.serialAvailability, 1, 1, 1, 1)

        self.webcamChoice = QRadioButton(ScannerSetupDialog)
        self.webcamChoice.setObjectName(u"webcamChoice")

        self.choiceGrid.addWidget(self.webcamChoice, 2, 0, 1, 1)

        self.webcamAvailability = QLabel(ScannerSetupDialog)
        self.webcamAvailability.setObjectName(u"webcamAvailability")

        self.choiceGrid.addWidget(self.webcamAvailability, 2, 1, 1, 1)


        self.dialogLayout.addLayout(self.choiceGrid)

        self.pages = QStackedWidget(ScannerSetupDialog)
        self.pages.setObjectName(u"pages")
        self.keyboardPage = QWidget()
        self.keyboardPage.setObjectName(u"keyboardPage")
        self.keyboardLayout = QVBoxLayout(self.keyboardPage)
        self.keyboardLayout.setObjectName(u"keyboardLayout")
        self.keyboardHelp = QLabel(self.keyboardPage)
        self.keyboardHelp.setObjectName(u"keyboardHelp")
        self.keyboardHelp.setWordWrap(True)
        self.keyboardHelp.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.keyboardLayout.addWidget(self.keyboardHelp)

        self.keyboardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keyboardLayout.addItem(self.keyboardSpacer)

        self.pages.addWidget(self.keyboardPage)
        self.serialPage = QWidget()
        self.serialPage.setObjectName(u"serialPage")
        self.serialLayout = QVBoxLayout(self.serialPage)
        self.serialLayout.setObjectName(u"serialLayout")
        self.serialNone = QLabel(self.serialPage)
        self.serialNone.setObjectName(u"serialNone")
        self.serialNone.setWordWrap(True)

        self.serialLayout.addWidget(self.serialNone)

        self.serialForm = QFormLayout()
        self.serialForm.setObjectName(u"serialForm")
        self.serialPortLabel = QLabel(self.serialPage)
        self.serialPortLabel.setObjectName(u"serialPortLabel")

        self.serialForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serialPortLabel)

        self.serialPortRow = QHBoxLayout()
        self.serialPortRow.setObjectName(u"serialPortRow")
        self.serialPort = QComboBox(self.serialPage)
        self.serialPort.setObjectName(u"serialPort")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.serialPort.sizePolicy().hasHeightForWidth())
        self.serialPort.setSizePolicy(sizePolicy)

        self.serialPortRow.addWidget(self.serialPort)

        self.lookAgainButton = QPushButton(self.serialPage)
        self.lookAgainButton.setObjectName(u"lookAgainButton")

        self.serialPortRow.addWidget(self.lookAgainButton)


        self.serialForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.serialPortRow)

        self.serialSpeedLabel = QLabel(self.serialPage)
        self.serialSpeedLabel.setObjectName(u"serialSpeedLabel")

        self.serialForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serialSpeedLabel)

        self.serialSpeed = QComboBox(self.serialPage)
        self.serialSpeed.setObjectName(u"serialSpeed")

        self.serialForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serialSpeed)

        self.serialSuffixLabel = QLabel(self.serialPage)
        self.serialSuffixLabel.setObjectName(u"serialSuffixLabel")

        self.serialForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serialSuffixLabel)

        self.serialSuffix = QComboBox(self.serialPage)
        self.serialSuffix.setObjectName(u"serialSuffix")

        self.serialForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serialSuffix)


        self.serialLayout.addLayout(self.serialForm)

        self.serialHelp = QLabel(self.serialPage)
        self.serialHelp.setObjectName(u"serialHelp")
        self.serialHelp.setWordWrap(True)

        self.serialLayout.addWidget(self.serialHelp)

        self.serialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serialLayout.addItem(self.serialSpacer)

        self.pages.addWidget(self.serialPage)
        self.webcamPage = QWidget()
        self.webcamPage.setObjectName(u"webcamPage")
        self.webcamLayout = QVBoxLayout(self.webcamPage)
        self.webcamLayout.setObjectName(u"webcamLayout")
        self.cameraNone = QLabel(self.webcamPage)
        self.cameraNone.setObjectName(u"cameraNone")
        self.cameraNone.setWordWrap(True)

        self.webcamLayout.addWidget(self.cameraNone)

        self.cameraRow = QHBoxLayout()
        self.cameraRow.setObjectName(u"cameraRow")
        self.cameraChoiceLabel = QLabel(self.webcamPage)
        self.cameraChoiceLabel.setObjectName(u"cameraChoiceLabel")

        self.cameraRow.addWidget(self.cameraChoiceLabel)

        self.cameraChoice = QComboBox(self.webcamPage)
        self.cameraChoice.setObjectName(u"cameraChoice")
        sizePolicy.setHeightForWidth(self.cameraChoice.sizePolicy().hasHeightForWidth())
        self.cameraChoice.setSizePolicy(sizePolicy)

        self.cameraRow.addWidget(self.cameraChoice)

        self.lookAgainCamerasButton = QPushButton(self.webcamPage)
        self.lookAgainCamerasButton.setObjectName(u"lookAgainCamerasButton")

        self.cameraRow.addWidget(self.lookAgainCamerasButton)


        self.webcamLayout.addLayout(self.cameraRow)

        self.cameraPreview = QVideoWidget(self.webcamPage)
        self.cameraPreview.setObjectName(u"cameraPreview")
        self.cameraPreview.setMinimumSize(QSize(320, 240))

        self.webcamLayout.addWidget(self.cameraPreview)

        self.cameraStatus = QLabel(self.webcamPage)
        self.cameraStatus.setObjectName(u"cameraStatus")
        self.cameraStatus.setWordWrap(True)

        self.webcamLayout.addWidget(self.cameraStatus)

        self.pages.addWidget(self.webcamPage)

        self.dialogLayout.addWidget(self.pages)

        self.formError = InlineError(ScannerSetupDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ScannerSetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.serialPortLabel.setBuddy(self.serialPort)
        self.serialSpeedLabel.setBuddy(self.serialSpeed)
        self.serialSuffixLabel.setBuddy(self.serialSuffix)
        self.cameraChoiceLabel.setBuddy(self.cameraChoice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScannerSetupDialog)

        QMetaObject.connectSlotsByName(ScannerSetupDialog)
    # setupUi

    def retranslateUi(self, ScannerSetupDialog):
        ScannerSetupDialog.setWindowTitle(QCoreApplication.translate("ScannerSetupDialog", u"Scanner at this gate", None))
        self.introLabel.setText(QCoreApplication.translate("ScannerSetupDialog", u"How are passes read at this gate?", None))
        self.keyboardChoice.setText(QCoreApplication.translate("ScannerSetupDialog", u"&USB scanner that types like a keyboard", None))
        self.keyboardAvailability.setText(QCoreApplication.translate("ScannerSetupDialog", u"always ready", None))
        self.serialChoice.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Serial scanner (COM port)", None))
        self.webcamChoice.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Webcam", None))
        self.keyboardHelp.setText(QCoreApplication.translate("ScannerSetupDialog", u"Plug the scanner in and scan: there is nothing to set up. Codes are taken anywhere in the checkpoint window, even while another dialog is open. If a scan comes out as letters instead of digits, switch the Vietnamese input method off (UniKey: EN).", None))
        self.serialNone.setText(QCoreApplication.translate("ScannerSetupDialog", u"No serial port was found on this computer. Plug the scanner in (its driver may need installing), then press Look again.", None))
        self.serialPortLabel.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Port:", None))
        self.lookAgainButton.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Look again", None))
        self.serialSpeedLabel.setText(QCoreApplication.translate("ScannerSetupDialog", u"Spee&d:", None))
        self.serialSuffixLabel.setText(QCoreApplication.translate("ScannerSetupDialog", u"&End of a code:", None))
        self.serialHelp.setText(QCoreApplication.translate("ScannerSetupDialog", u"The speed and the end of a code are in the scanner's manual (most send 9600 bps and Enter). No keyboard layout or input method can change what a serial scanner sends.", None))
        self.cameraNone.setText(QCoreApplication.translate("ScannerSetupDialog", u"No webcam was found on this computer. Plug one in, then press Look again; or use a USB or serial scanner.", None))
        self.cameraChoiceLabel.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Camera:", None))
        self.lookAgainCamerasButton.setText(QCoreApplication.translate("ScannerSetupDialog", u"&Look again", None))
#if QT_CONFIG(accessibility)
        self.cameraPreview.setAccessibleName(QCoreApplication.translate("ScannerSetupDialog", u"Webcam picture", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

