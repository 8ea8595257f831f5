# Generated from ui/unit_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/unit_editor.ui), then run
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

class Ui_UnitEditor(object):
    def setupUi(self, UnitEditor):
        if not UnitEditor.objectName():
            UnitEditor.setObjectName(u"UnitEditor")
        UnitEditor.resize(480, 260)
        self.dialogLayout = QVBoxLayout(UnitEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.nameLabel = QLabel(UnitEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(UnitEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.error_name = InlineError(UnitEditor)
        self.error_name.setObjectName(u"error_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_name)

        self.codeLabel = QLabel(UnitEditor)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(UnitEditor)
        self.code.setObjectName(u"code")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.error_code = InlineError(UnitEditor)
        self.error_code.setObjectName(u"error_code")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_code)

        self.parent_idLabel = QLabel(UnitEditor)
        self.parent_idLabel.setObjectName(u"parent_idLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.parent_idLabel)

        self.parent_id = QComboBox(UnitEditor)
        self.parent_id.setObjectName(u"parent_id")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parent_id)

        self.error_parent_id = InlineError(UnitEditor)
        self.error_parent_id.setObjectName(u"error_parent_id")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_parent_id)


        self.dialogLayout.addLayout(self.form)

        self.formError = InlineError(UnitEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(UnitEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.codeLabel.setBuddy(self.code)
        self.parent_idLabel.setBuddy(self.parent_id)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.parent_id)

        self.retranslateUi(UnitEditor)

        QMetaObject.connectSlotsByName(UnitEditor)
    # setupUi

    def retranslateUi(self, UnitEditor):
        UnitEditor.setWindowTitle(QCoreApplication.translate("UnitEditor", u"Police unit", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitEditor", u"&Name:", None))
        self.codeLabel.setText(QCoreApplication.translate("UnitEditor", u"&Code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("UnitEditor", u"e.g. PA01-DBC", None))
        self.parent_idLabel.setText(QCoreApplication.translate("UnitEditor", u"&Under:", None))
    # retranslateUi

