# Generated from ui/access_entry_editor.ui by tools/build_gui.py (pyside6-uic) — do not edit.
# Change the form in Qt Designer (pyside6-designer ui/access_entry_editor.ui), then run
# `python tools/build_gui.py forms`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from accred_app.gui.widgets import InlineError

class Ui_AccessEntryEditor(object):
    def setupUi(self, AccessEntryEditor):
        if not AccessEntryEditor.objectName():
            AccessEntryEditor.setObjectName(u"AccessEntryEditor")
        AccessEntryEditor.resize(900, 640)
        self.dialogLayout = QVBoxLayout(AccessEntryEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.formColumn = QVBoxLayout()
        self.formColumn.setObjectName(u"formColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(2)
        self.occurred_atLabel = QLabel(AccessEntryEditor)
        self.occurred_atLabel.setObjectName(u"occurred_atLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurred_atLabel)

        self.occurred_at = QDateTimeEdit(AccessEntryEditor)
        self.occurred_at.setObjectName(u"occurred_at")
        self.occurred_at.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.occurred_at.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurred_at)

        self.error_occurred_at = InlineError(AccessEntryEditor)
        self.error_occurred_at.setObjectName(u"error_occurred_at")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_occurred_at)

        self.unit_idLabel = QLabel(AccessEntryEditor)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_idLabel)

        self.unit_id = QComboBox(AccessEntryEditor)
        self.unit_id.setObjectName(u"unit_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit_id)

        self.error_unit_id = InlineError(AccessEntryEditor)
        self.error_unit_id.setObjectName(u"error_unit_id")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_unit_id)

        self.kindLabel = QLabel(AccessEntryEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(AccessEntryEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind)

        self.error_kind = InlineError(AccessEntryEditor)
        self.error_kind.setObjectName(u"error_kind")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_kind)

        self.subjectLabel = QLabel(AccessEntryEditor)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(AccessEntryEditor)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subject)

        self.error_subject = InlineError(AccessEntryEditor)
        self.error_subject.setObjectName(u"error_subject")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_subject)

        self.event_idLabel = QLabel(AccessEntryEditor)
        self.event_idLabel.setObjectName(u"event_idLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.event_idLabel)

        self.event_id = QComboBox(AccessEntryEditor)
        self.event_id.setObjectName(u"event_id")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.event_id)

        self.error_event_id = InlineError(AccessEntryEditor)
        self.error_event_id.setObjectName(u"error_event_id")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_event_id)

        self.notesLabel = QLabel(AccessEntryEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(AccessEntryEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

        self.error_notes = InlineError(AccessEntryEditor)
        self.error_notes.setObjectName(u"error_notes")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_notes)


        self.formColumn.addLayout(self.form)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.formSpacer)


        self.columns.addLayout(self.formColumn)

        self.reportersBox = QGroupBox(AccessEntryEditor)
        self.reportersBox.setObjectName(u"reportersBox")
        self.reportersLayout = QVBoxLayout(self.reportersBox)
        self.reportersLayout.setObjectName(u"reportersLayout")
        self.reporterSearchRow = QHBoxLayout()
        self.reporterSearchRow.setObjectName(u"reporterSearchRow")
        self.reporterSearchLabel = QLabel(self.reportersBox)
        self.reporterSearchLabel.setObjectName(u"reporterSearchLabel")

        self.reporterSearchRow.addWidget(self.reporterSearchLabel)

        self.reporterSearch = QLineEdit(self.reportersBox)
        self.reporterSearch.setObjectName(u"reporterSearch")
        self.reporterSearch.setClearButtonEnabled(True)

        self.reporterSearchRow.addWidget(self.reporterSearch)

        self.addReporterButton = QPushButton(self.reportersBox)
        self.addReporterButton.setObjectName(u"addReporterButton")

        self.reporterSearchRow.addWidget(self.addReporterButton)


        self.reportersLayout.addLayout(self.reporterSearchRow)

        self.reporterResults = QListWidget(self.reportersBox)
        self.reporterResults.setObjectName(u"reporterResults")
        self.reporterResults.setMinimumSize(QSize(300, 0))

        self.reportersLayout.addWidget(self.reporterResults)

        self.chosenCaption = QLabel(self.reportersBox)
        self.chosenCaption.setObjectName(u"chosenCaption")

        self.reportersLayout.addWidget(self.chosenCaption)

        self.reporter_ids = QListWidget(self.reportersBox)
        self.reporter_ids.setObjectName(u"reporter_ids")
        self.reporter_ids.setMaximumSize(QSize(16777215, 110))

        self.reportersLayout.addWidget(self.reporter_ids)

        self.chosenButtons = QHBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.removeReporterButton = QPushButton(self.reportersBox)
        self.removeReporterButton.setObjectName(u"removeReporterButton")

        self.chosenButtons.addWidget(self.removeReporterButton)

        self.chosenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenButtons.addItem(self.chosenSpacer)


        self.reportersLayout.addLayout(self.chosenButtons)

        self.error_reporter_ids = InlineError(self.reportersBox)
        self.error_reporter_ids.setObjectName(u"error_reporter_ids")

        self.reportersLayout.addWidget(self.error_reporter_ids)


        self.columns.addWidget(self.reportersBox)


        self.dialogLayout.addLayout(self.columns)

        self.articlesBox = QGroupBox(AccessEntryEditor)
        self.articlesBox.setObjectName(u"articlesBox")
        self.articlesLayout = QVBoxLayout(self.articlesBox)
        self.articlesLayout.setObjectName(u"articlesLayout")
        self.articles = QTableWidget(self.articlesBox)
        if (self.articles.columnCount() < 4):
            self.articles.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.articles.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.articles.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.articles.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.articles.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.articles.setObjectName(u"articles")
        self.articles.setMinimumSize(QSize(0, 110))
        self.articles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.articles.horizontalHeader().setStretchLastSection(False)
        self.articles.verticalHeader().setVisible(False)

        self.articlesLayout.addWidget(self.articles)

        self.articleButtons = QHBoxLayout()
        self.articleButtons.setObjectName(u"articleButtons")
        self.addArticleButton = QPushButton(self.articlesBox)
        self.addArticleButton.setObjectName(u"addArticleButton")

        self.articleButtons.addWidget(self.addArticleButton)

        self.removeArticleButton = QPushButton(self.articlesBox)
        self.removeArticleButton.setObjectName(u"removeArticleButton")

        self.articleButtons.addWidget(self.removeArticleButton)

        self.articleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.articleButtons.addItem(self.articleSpacer)


        self.articlesLayout.addLayout(self.articleButtons)

        self.error_articles = InlineError(self.articlesBox)
        self.error_articles.setObjectName(u"error_articles")

        self.articlesLayout.addWidget(self.error_articles)


        self.dialogLayout.addWidget(self.articlesBox)

        self.formError = InlineError(AccessEntryEditor)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AccessEntryEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.occurred_atLabel.setBuddy(self.occurred_at)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.kindLabel.setBuddy(self.kind)
        self.subjectLabel.setBuddy(self.subject)
        self.event_idLabel.setBuddy(self.event_id)
        self.notesLabel.setBuddy(self.notes)
        self.reporterSearchLabel.setBuddy(self.reporterSearch)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurred_at, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.kind)
        QWidget.setTabOrder(self.kind, self.subject)
        QWidget.setTabOrder(self.subject, self.event_id)
        QWidget.setTabOrder(self.event_id, self.notes)
        QWidget.setTabOrder(self.notes, self.reporterSearch)
        QWidget.setTabOrder(self.reporterSearch, self.addReporterButton)
        QWidget.setTabOrder(self.addReporterButton, self.reporterResults)
        QWidget.setTabOrder(self.reporterResults, self.reporter_ids)
        QWidget.setTabOrder(self.reporter_ids, self.removeReporterButton)
        QWidget.setTabOrder(self.removeReporterButton, self.articles)
        QWidget.setTabOrder(self.articles, self.addArticleButton)
        QWidget.setTabOrder(self.addArticleButton, self.removeArticleButton)

        self.retranslateUi(AccessEntryEditor)

        QMetaObject.connectSlotsByName(AccessEntryEditor)
    # setupUi

    def retranslateUi(self, AccessEntryEditor):
        AccessEntryEditor.setWindowTitle(QCoreApplication.translate("AccessEntryEditor", u"Access recorded by hand", None))
        self.occurred_atLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"&When:", None))
#if QT_CONFIG(tooltip)
        self.occurred_at.setToolTip(QCoreApplication.translate("AccessEntryEditor", u"Date and time in Vietnam", None))
#endif // QT_CONFIG(tooltip)
        self.unit_idLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"&Unit:", None))
        self.kindLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"&Kind:", None))
        self.subjectLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"Su&bject:", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("AccessEntryEditor", u"e.g. interview on road safety at T\u1ebft", None))
        self.event_idLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"E&vent or site:", None))
        self.notesLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"&Notes:", None))
        self.reportersBox.setTitle(QCoreApplication.translate("AccessEntryEditor", u"Reporters given access", None))
        self.reporterSearchLabel.setText(QCoreApplication.translate("AccessEntryEditor", u"&Find:", None))
        self.reporterSearch.setPlaceholderText(QCoreApplication.translate("AccessEntryEditor", u"Name, press card, CCCD or phone", None))
        self.addReporterButton.setText(QCoreApplication.translate("AccessEntryEditor", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.reporterResults.setAccessibleName(QCoreApplication.translate("AccessEntryEditor", u"Reporters found", None))
#endif // QT_CONFIG(accessibility)
        self.chosenCaption.setText(QCoreApplication.translate("AccessEntryEditor", u"Chosen:", None))
#if QT_CONFIG(accessibility)
        self.reporter_ids.setAccessibleName(QCoreApplication.translate("AccessEntryEditor", u"Reporters given access", None))
#endif // QT_CONFIG(accessibility)
        self.removeReporterButton.setText(QCoreApplication.translate("AccessEntryEditor", u"&Remove", None))
        self.articlesBox.setTitle(QCoreApplication.translate("AccessEntryEditor", u"Articles published afterwards", None))
        ___qtablewidgetitem = self.articles.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AccessEntryEditor", u"Title", None))
        ___qtablewidgetitem1 = self.articles.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AccessEntryEditor", u"Link", None))
        ___qtablewidgetitem2 = self.articles.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AccessEntryEditor", u"Published on", None))
        ___qtablewidgetitem3 = self.articles.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AccessEntryEditor", u"Agency", None))
#if QT_CONFIG(accessibility)
        self.articles.setAccessibleName(QCoreApplication.translate("AccessEntryEditor", u"Articles published afterwards", None))
#endif // QT_CONFIG(accessibility)
        self.addArticleButton.setText(QCoreApplication.translate("AccessEntryEditor", u"Add &article", None))
        self.removeArticleButton.setText(QCoreApplication.translate("AccessEntryEditor", u"Remove the ar&ticle", None))
    # retranslateUi

