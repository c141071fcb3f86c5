#include "NewSummitDialog.h"

#include "domain/Actor.h"
#include "domain/FieldLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewSummitDialog::NewSummitDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(mode == Mode::NewSummit ? QStringLiteral("newSummitDialog")
                                          : QStringLiteral("summitPropertiesDialog"));
    setWindowTitle(mode == Mode::NewSummit ? tr("New Summit") : tr("Summit Properties"));

    auto *intro = new QLabel(mode == Mode::NewSummit
                                 ? tr("The summit this file prepares. Everything here can be "
                                      "changed later in Summit > Properties.")
                                 : tr("The summit this file prepares. The header, the dashboard "
                                      "and the briefing pack follow these."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("summitName"));
    m_name->setMaxLength(int(FieldLimits::ShortText));
    m_name->setPlaceholderText(tr("e.g. EU–India summit"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("summitPlace"));
    m_place->setMaxLength(int(FieldLimits::ShortText));
    m_place->setPlaceholderText(tr("e.g. New Delhi"));

    const auto dateEdit = [this](const QString &objectName) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(objectName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        return edit;
    };
    m_start = dateEdit(QStringLiteral("summitStart"));
    m_end = dateEdit(QStringLiteral("summitEnd"));
    m_end->setAccessibleName(tr("End date"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    m_datesOpen = new QCheckBox(tr("Dates not &fixed yet"), this);
    m_datesOpen->setObjectName(QStringLiteral("summitDatesOpen"));

    m_classification = new QComboBox(this);
    m_classification->setObjectName(QStringLiteral("summitClassification"));
    m_classification->setEditable(true);
    m_classification->setInsertPolicy(QComboBox::NoInsert);
    m_classification->addItems({QString(), QStringLiteral("EU RESTRICTED"),
                                QStringLiteral("RESTREINT UE / EU RESTRICTED"),
                                QStringLiteral("EU CONFIDENTIAL")});
    m_classification->lineEdit()->setMaxLength(int(FieldLimits::ShortText));
    m_classification->lineEdit()->setPlaceholderText(tr("none"));

    m_ourBloc = blocCombo(QStringLiteral("ourBloc"));
    m_counterpart = blocCombo(QStringLiteral("counterpartBloc"));

    const auto problemLabel = [this](SummitFile::Field field) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("summitProblem"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        label->setPalette(palette);
        m_problems.insert(field, label);
        return label;
    };

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::Name));
    m_form->addRow(tr("&Place:"), m_place);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::Place));
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_start);
    m_form->addRow(datesLabel, dates);
    m_form->addRow(QString(), m_datesOpen);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::Dates));
    m_form->addRow(tr("&Classification:"), m_classification);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::Classification));
    m_form->addRow(tr("&Our side:"), m_ourBloc);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::OurBloc));
    m_form->addRow(tr("Co&unterpart:"), m_counterpart);
    m_form->addRow(QString(), problemLabel(SummitFile::Field::Counterpart));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (mode == Mode::NewSummit)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_nameEdited = true; // from now on every problem is said
        validate();
        if (SummitFile::check(summit()).isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // An empty name is said once the person has been at the field, not on opening.
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QLineEdit *edit : {m_name, m_place})
        connect(edit, &QLineEdit::textChanged, this, &NewSummitDialog::validate);
    for (QDateEdit *edit : {m_start, m_end})
        connect(edit, &QDateEdit::dateChanged, this, &NewSummitDialog::validate);
    connect(m_datesOpen, &QCheckBox::toggled, this, [this](bool open) {
        m_start->setEnabled(!open);
        m_end->setEnabled(!open);
        validate();
    });
    for (QComboBox *combo : {m_classification, m_ourBloc, m_counterpart})
        connect(combo, &QComboBox::currentTextChanged, this, &NewSummitDialog::validate);

    setSummit(SummitInfo());
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QComboBox *NewSummitDialog::blocCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // The actors' usual blocs; the file's own are added by addKnownBlocs(), and any
    // other can be typed.
    QStringList blocs = Actor::usualBlocs();
    blocs.removeAll(QStringLiteral("Other"));
    combo->addItems(blocs);
    combo->lineEdit()->setMaxLength(int(FieldLimits::Bloc));
    return combo;
}

void NewSummitDialog::addKnownBlocs(const QStringList &blocs)
{
    for (QComboBox *combo : {m_ourBloc, m_counterpart}) {
        const QString current = combo->currentText();
        for (const QString &bloc : blocs) {
            if (!bloc.trimmed().isEmpty() && combo->findText(bloc, Qt::MatchFixedString) < 0)
                combo->addItem(bloc);
        }
        combo->setCurrentText(current);
    }
}

void NewSummitDialog::setSummit(const SummitInfo &info)
{
    m_name->setText(info.name);
    m_place->setText(info.place);
    const bool datesKnown = info.start.isValid() && info.end.isValid();
    // A new summit has dates to choose; an existing file without them says so.
    m_datesOpen->setChecked(!datesKnown && m_mode == Mode::Properties);
    m_start->setDate(datesKnown ? info.start : QDate::currentDate());
    m_end->setDate(datesKnown ? info.end : QDate::currentDate());
    m_classification->setCurrentText(info.classification);
    m_ourBloc->setCurrentText(info.ourBloc);
    m_counterpart->setCurrentText(info.counterpartBloc);
    validate();
}

SummitInfo NewSummitDialog::summit() const
{
    SummitInfo info;
    info.name = m_name->text().trimmed();
    info.place = m_place->text().trimmed();
    if (!m_datesOpen->isChecked()) {
        info.start = m_start->date();
        info.end = m_end->date();
    }
    info.classification = m_classification->currentText().trimmed();
    info.ourBloc = m_ourBloc->currentText().trimmed();
    info.counterpartBloc = m_counterpart->currentText().trimmed();
    return info;
}

QPushButton *NewSummitDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString NewSummitDialog::problemText() const
{
    for (QLabel *label : m_problems) {
        if (!label->text().isEmpty())
            return label->text();
    }
    return {};
}

void NewSummitDialog::validate()
{
    const SummitFile::Problem problem = SummitFile::check(summit());
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const bool quietName =
            problem.field == SummitFile::Field::Name && !m_nameEdited && m_name->text().isEmpty();
        const bool shown = it.key() == problem.field && !problem.isEmpty() && !quietName;
        it.value()->setText(shown ? problem.message : QString());
        m_form->setRowVisible(it.value(), shown);
    }
    okButton()->setEnabled(problem.isEmpty());
    // A message takes a line or two: the dialog grows rather than squeezing the fields.
    if (isVisible()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}
