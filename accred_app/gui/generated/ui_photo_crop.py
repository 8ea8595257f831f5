# Generated from ui/photo_crop.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/photo_crop.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError
from accred_app.gui.widgets.photo_crop import PhotoCropView

class Ui_PhotoCropDialog(object):
    def setupUi(self, PhotoCropDialog):
        if not PhotoCropDialog.objectName():
            PhotoCropDialog.setObjectName(u"PhotoCropDialog")
        PhotoCropDialog.resize(640, 620)
        self.dialogLayout = QVBoxLayout(PhotoCropDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hint = QLabel(PhotoCropDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.cropView = PhotoCropView(PhotoCropDialog)
        self.cropView.setObjectName(u"cropView")
        self.cropView.setMinimumSize(QSize(360, 360))
        self.cropView.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.dialogLayout.addWidget(self.cropView)

        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.rotateLeftButton = QToolButton(PhotoCropDialog)
        self.rotateLeftButton.setObjectName(u"rotateLeftButton")
        self.rotateLeftButton.setAutoRaise(True)

        self.toolRow.addWidget(self.rotateLeftButton)

        self.rotateRightButton = QToolButton(PhotoCropDialog)
        self.rotateRightButton.setObjectName(u"rotateRightButton")
        self.rotateRightButton.setAutoRaise(True)

        self.toolRow.addWidget(self.rotateRightButton)

        self.smallerButton = QToolButton(PhotoCropDialog)
        self.smallerButton.setObjectName(u"smallerButton")
        self.smallerButton.setAutoRaise(True)

        self.toolRow.addWidget(self.smallerButton)

        self.largerButton = QToolButton(PhotoCropDialog)
        self.largerButton.setObjectName(u"largerButton")
        self.largerButton.setAutoRaise(True)

        self.toolRow.addWidget(self.largerButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.sizeLabel = QLabel(PhotoCropDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.toolRow.addWidget(self.sizeLabel)


        self.dialogLayout.addLayout(self.toolRow)

        self.formError = InlineError(PhotoCropDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(PhotoCropDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.cropView, self.rotateLeftButton)
        QWidget.setTabOrder(self.rotateLeftButton, self.rotateRightButton)
        QWidget.setTabOrder(self.rotateRightButton, self.smallerButton)
        QWidget.setTabOrder(self.smallerButton, self.largerButton)

        self.retranslateUi(PhotoCropDialog)

        QMetaObject.connectSlotsByName(PhotoCropDialog)
    # setupUi

    def retranslateUi(self, PhotoCropDialog):
        PhotoCropDialog.setWindowTitle(QCoreApplication.translate("PhotoCropDialog", u"Crop the photo", None))
        self.hint.setText(QCoreApplication.translate("PhotoCropDialog", u"Drag the frame (or use the arrow keys) to put the face in it; the mouse wheel or + and \u2212 change its size. The part inside the frame is printed on the pass.", None))
#if QT_CONFIG(accessibility)
        self.cropView.setAccessibleName(QCoreApplication.translate("PhotoCropDialog", u"Photo with the crop frame", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rotateLeftButton.setToolTip(QCoreApplication.translate("PhotoCropDialog", u"Turn the photo a quarter to the left", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotateLeftButton.setAccessibleName(QCoreApplication.translate("PhotoCropDialog", u"Turn left", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rotateRightButton.setToolTip(QCoreApplication.translate("PhotoCropDialog", u"Turn the photo a quarter to the right", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotateRightButton.setAccessibleName(QCoreApplication.translate("PhotoCropDialog", u"Turn right", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.smallerButton.setToolTip(QCoreApplication.translate("PhotoCropDialog", u"Smaller frame (\u2212)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.smallerButton.setAccessibleName(QCoreApplication.translate("PhotoCropDialog", u"Smaller frame", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.largerButton.setToolTip(QCoreApplication.translate("PhotoCropDialog", u"Larger frame (+)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.largerButton.setAccessibleName(QCoreApplication.translate("PhotoCropDialog", u"Larger frame", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

