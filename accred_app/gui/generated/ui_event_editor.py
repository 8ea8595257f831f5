# Generated from ui/event_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/event_editor.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_EventEditor(object):
    def setupUi(self, EventEditor):
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(620, 680)
        self.dialogLayout = QVBoxLayout(EventEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.nameLabel = QLabel(EventEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(EventEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.error_name = InlineError(EventEditor)
        self.error_name.setObjectName(u"error_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_name)

        self.kindLabel = QLabel(EventEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(EventEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.error_kind = InlineError(EventEditor)
        self.error_kind.setObjectName(u"error_kind")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_kind)

        self.startLabel = QLabel(EventEditor)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QLineEdit(EventEditor)
        self.start.setObjectName(u"start")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start)

        self.error_start = InlineError(EventEditor)
        self.error_start.setObjectName(u"error_start")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_start)

        self.endLabel = QLabel(EventEditor)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QLineEdit(EventEditor)
        self.end.setObjectName(u"end")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end)

        self.error_end = InlineError(EventEditor)
        self.error_end.setObjectName(u"error_end")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_end)

        self.locationLabel = QLabel(EventEditor)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QLineEdit(EventEditor)
        self.location.setObjectName(u"location")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.location)

        self.error_location = InlineError(EventEditor)
        self.error_location.setObjectName(u"error_location")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_location)

        self.organising_unit_idLabel = QLabel(EventEditor)
        self.organising_unit_idLabel.setObjectName(u"organising_unit_idLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.organising_unit_idLabel)

        self.organising_unit_id = QComboBox(EventEditor)
        self.organising_unit_id.setObjectName(u"organising_unit_id")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.organising_unit_id)

        self.error_organising_unit_id = InlineError(EventEditor)
        self.error_organising_unit_id.setObjectName(u"error_organising_unit_id")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_organising_unit_id)

        self.notesLabel = QLabel(EventEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(EventEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notes)

        self.error_notes = InlineError(EventEditor)
        self.error_notes.setObjectName(u"error_notes")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.error_notes)


        self.dialogLayout.addLayout(self.form)

        self.zonesBox = QGroupBox(EventEditor)
        self.zonesBox.setObjectName(u"zonesBox")
        self.zonesLayout = QVBoxLayout(self.zonesBox)
        self.zonesLayout.setObjectName(u"zonesLayout")
        self.zones = QTableView(self.zonesBox)
        self.zones.setObjectName(u"zones")
        self.zones.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.zones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.zones.setTabKeyNavigation(False)
        self.zones.horizontalHeader().setStretchLastSection(False)
        self.zones.verticalHeader().setVisible(False)

        self.zonesLayout.addWidget(self.zones)

        self.zoneButtons = QHBoxLayout()
        self.zoneButtons.setObjectName(u"zoneButtons")
        self.addZoneButton = QPushButton(self.zonesBox)
        self.addZoneButton.setObjectName(u"addZoneButton")

        self.zoneButtons.addWidget(self.addZoneButton)

        self.colourButton = QPushButton(self.zonesBox)
        self.colourButton.setObjectName(u"colourButton")

        self.zoneButtons.addWidget(self.colourButton)

        self.removeZoneButton = QPushButton(self.zonesBox)
        self.removeZoneButton.setObjectName(u"removeZoneButton")

        self.zoneButtons.addWidget(self.removeZoneButton)

        self.zoneButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.zoneButtons.addItem(self.zoneButtonsSpacer)


        self.zonesLayout.addLayout(self.zoneButtons)

        self.error_zones = InlineError(self.zonesBox)
        self.error_zones.setObjectName(u"error_zones")

        self.zonesLayout.addWidget(self.error_zones)


        self.dialogLayout.addWidget(self.zonesBox)

        self.formError = InlineError(EventEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(EventEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.locationLabel.setBuddy(self.location)
        self.organising_unit_idLabel.setBuddy(self.organising_unit_id)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.location)
        QWidget.setTabOrder(self.location, self.organising_unit_id)
        QWidget.setTabOrder(self.organising_unit_id, self.notes)
        QWidget.setTabOrder(self.notes, self.zones)
        QWidget.setTabOrder(self.zones, self.addZoneButton)
        QWidget.setTabOrder(self.addZoneButton, self.colourButton)
        QWidget.setTabOrder(self.colourButton, self.removeZoneButton)

        self.retranslateUi(EventEditor)

        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor):
        EventEditor.setWindowTitle(QCoreApplication.translate("EventEditor", u"Event or site", None))
        self.nameLabel.setText(QCoreApplication.translate("EventEditor", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("EventEditor", u"&Kind:", None))
        self.startLabel.setText(QCoreApplication.translate("EventEditor", u"St&art:", None))
        self.start.setPlaceholderText(QCoreApplication.translate("EventEditor", u"dd/mm/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("EventEditor", u"&End:", None))
        self.end.setPlaceholderText(QCoreApplication.translate("EventEditor", u"dd/mm/yyyy (a standing site may leave it empty)", None))
        self.locationLabel.setText(QCoreApplication.translate("EventEditor", u"&Location:", None))
        self.organising_unit_idLabel.setText(QCoreApplication.translate("EventEditor", u"Organising &unit:", None))
        self.notesLabel.setText(QCoreApplication.translate("EventEditor", u"No&tes:", None))
        self.zonesBox.setTitle(QCoreApplication.translate("EventEditor", u"Zones", None))
#if QT_CONFIG(accessibility)
        self.zones.setAccessibleName(QCoreApplication.translate("EventEditor", u"Zones", None))
#endif // QT_CONFIG(accessibility)
        self.addZoneButton.setText(QCoreApplication.translate("EventEditor", u"Add &zone", None))
        self.colourButton.setText(QCoreApplication.translate("EventEditor", u"C&olour\u2026", None))
        self.removeZoneButton.setText(QCoreApplication.translate("EventEditor", u"&Remove zone", None))
    # retranslateUi

