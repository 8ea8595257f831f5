# Generated from ui/camera.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/camera.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_CameraDialog(object):
    def setupUi(self, CameraDialog):
        if not CameraDialog.objectName():
            CameraDialog.setObjectName(u"CameraDialog")
        CameraDialog.resize(680, 560)
        self.dialogLayout = QVBoxLayout(CameraDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.cameraRow = QHBoxLayout()
        self.cameraRow.setObjectName(u"cameraRow")
        self.cameraChoiceLabel = QLabel(CameraDialog)
        self.cameraChoiceLabel.setObjectName(u"cameraChoiceLabel")

        self.cameraRow.addWidget(self.cameraChoiceLabel)

        self.cameraChoice = QComboBox(CameraDialog)
        self.cameraChoice.setObjectName(u"cameraChoice")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cameraChoice.sizePolicy().hasHeightForWidth())
        self.cameraChoice.setSizePolicy(sizePolicy)

        self.cameraRow.addWidget(self.cameraChoice)


        self.dialogLayout.addLayout(self.cameraRow)

        self.viewfinder = QVideoWidget(CameraDialog)
        self.viewfinder.setObjectName(u"viewfinder")
        self.viewfinder.setMinimumSize(QSize(480, 360))

        self.dialogLayout.addWidget(self.viewfinder)

        self.formError = InlineError(CameraDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.captureButton = QPushButton(CameraDialog)
        self.captureButton.setObjectName(u"captureButton")

        self.buttonRow.addWidget(self.captureButton)

        self.cancelButton = QPushButton(CameraDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.cameraChoiceLabel.setBuddy(self.cameraChoice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CameraDialog)

        self.captureButton.setDefault(True)


        QMetaObject.connectSlotsByName(CameraDialog)
    # setupUi

    def retranslateUi(self, CameraDialog):
        CameraDialog.setWindowTitle(QCoreApplication.translate("CameraDialog", u"Take a photo", None))
        self.cameraChoiceLabel.setText(QCoreApplication.translate("CameraDialog", u"&Camera:", None))
#if QT_CONFIG(accessibility)
        self.viewfinder.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Camera picture", None))
#endif // QT_CONFIG(accessibility)
        self.captureButton.setText(QCoreApplication.translate("CameraDialog", u"&Take the photo", None))
        self.cancelButton.setText(QCoreApplication.translate("CameraDialog", u"Cancel", None))
    # retranslateUi

