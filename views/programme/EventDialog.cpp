#include "EventDialog.h"

#include "domain/FieldLimits.h"
#include "store/EventRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // One line: a wrapped label in a form layout is clipped (the dialog's
    // minimum size ignores height-for-width); the dialog widens instead.
    label->setVisible(false);
    label->setTextFormat(Qt::PlainText); // messages quote what the user typed
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
    return label;
}

QDateEdit *dateEditor(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

} // namespace

EventDialog::EventDialog(const SummitInfo &summit, QWidget *parent)
    : QDialog(parent), m_summit(summit), m_date(dateEditor(this)),
      m_dateWarning(problemLabel(this)), m_hasEnd(new QCheckBox(tr("&Until"), this)),
      m_end(dateEditor(this)), m_endProblem(problemLabel(this)), m_kind(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_titleProblem(problemLabel(this)),
      m_place(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_source(new QLineEdit(this)),
      m_illustrative(new QCheckBox(tr("&Illustrative (not from a source)"), this)),
      m_storeProblem(problemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Event"));
    setObjectName(QStringLiteral("eventDialog"));
    m_kind->addItem(tr("Meeting"), Event::meetingKind());
    m_kind->addItem(tr("Deadline"), Event::deadlineKind());
    // Typing bounded by FieldLimits: a line takes no more than the store keeps.
    m_title->setMaxLength(int(FieldLimits::Title));
    m_place->setMaxLength(int(FieldLimits::ShortText));
    m_source->setMaxLength(int(FieldLimits::LongText));
    m_title->setPlaceholderText(tr("e.g. Leaders' meeting"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_dateWarning->setObjectName(QStringLiteral("dateWarning"));
    m_endProblem->setObjectName(QStringLiteral("endProblem"));
    m_titleProblem->setObjectName(QStringLiteral("titleProblem"));
    m_storeProblem->setWordWrap(true);

    const QDate start = summit.start.isValid() ? summit.start : QDate::currentDate();
    m_date->setDate(start);
    m_end->setDate(start);
    m_end->setEnabled(false);

    auto *endRow = new QHBoxLayout;
    endRow->setContentsMargins(0, 0, 0, 0);
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateWarning);
    auto *endLabel = new QLabel(tr("E&nds:"), this);
    endLabel->setBuddy(m_end); // read out with the date; the box has its own mnemonic
    form->addRow(endLabel, endRow);
    form->addRow(QString(), m_endProblem);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleProblem);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(QString(), m_illustrative);

    auto *layout = new QVBoxLayout(this);
    // The dialog grows when a message appears under a field, never clips it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form, 1);
    layout->addWidget(m_storeProblem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);

    connect(m_date, &QDateEdit::dateChanged, this, &EventDialog::updateState);
    connect(m_end, &QDateEdit::dateChanged, this, &EventDialog::updateState);
    connect(m_hasEnd, &QCheckBox::toggled, this, [this](bool on) {
        m_end->setEnabled(on);
        // An end picked from nothing starts at the start.
        if (on && m_end->date() < m_date->date())
            m_end->setDate(m_date->date());
        updateState();
    });
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::updateState);
    // Room for a long title or source; the layout sets the dialog's minimum size.
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updateState();
}

void EventDialog::setEvent(const Event &event)
{
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_id = event.id;
    if (event.startsOn.isValid())
        m_date->setDate(event.startsOn);
    m_hasEnd->setChecked(event.endsOn.isValid());
    m_end->setDate(event.endsOn.isValid() ? event.endsOn : m_date->date());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(event.kind)));
    m_title->setText(event.title);
    m_place->setText(event.place);
    m_description->setPlainText(event.description);
    m_source->setText(event.source);
    // The start of a long source or title, not its end.
    for (QLineEdit *edit : {m_title, m_place, m_source})
        edit->setCursorPosition(0);
    m_illustrative->setChecked(event.illustrative);
    updateState();
}

Event EventDialog::event() const
{
    Event e;
    e.id = m_id;
    e.startsOn = m_date->date();
    e.endsOn = m_hasEnd->isChecked() ? m_end->date() : QDate();
    e.kind = m_kind->currentData().toString();
    e.title = m_title->text().trimmed();
    e.place = m_place->text().trimmed();
    e.description = m_description->toPlainText();
    e.source = m_source->text();
    e.illustrative = m_illustrative->isChecked();
    return e;
}

QPushButton *EventDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString EventDialog::problemText() const
{
    QStringList problems;
    for (const QLabel *label : {m_titleProblem, m_endProblem, m_storeProblem}) {
        if (!label->text().isEmpty())
            problems.append(label->text());
    }
    return problems.join(QLatin1Char('\n'));
}

QString EventDialog::dateWarningText() const
{
    return m_dateWarning->text();
}

void EventDialog::accept()
{
    // The store's rules, said here rather than after the dialog closed.
    try {
        EventRepository::validate(event());
    } catch (const StoreError &error) {
        m_storeProblem->setText(error.message());
        m_storeProblem->setVisible(true);
        return;
    }
    QDialog::accept();
}

void EventDialog::updateState()
{
    const QLocale locale;
    const QDate date = m_date->date();
    QString warning;
    if (m_summit.start.isValid()) {
        const QDate summitEnd = m_summit.end.isValid() ? m_summit.end : m_summit.start;
        // Preparation takes months, not years; a follow-up comes within the year.
        if (date < m_summit.start.addYears(-1))
            warning = tr("More than a year before the summit (%1): is the year right?")
                          .arg(locale.toString(m_summit.start, QLocale::ShortFormat));
        else if (date > summitEnd.addYears(1))
            warning = tr("More than a year after the summit (%1): is the year right?")
                          .arg(locale.toString(summitEnd, QLocale::ShortFormat));
    }
    m_dateWarning->setText(warning);
    m_dateWarning->setVisible(!warning.isEmpty());

    const bool endBeforeStart = m_hasEnd->isChecked() && m_end->date() < date;
    m_endProblem->setText(endBeforeStart ? tr("The event cannot end before it starts (%1).")
                                               .arg(locale.toString(date, QLocale::ShortFormat))
                                         : QString());
    m_endProblem->setVisible(endBeforeStart);

    const bool noTitle = m_title->text().trimmed().isEmpty();
    m_titleProblem->setText(noTitle ? tr("An event needs a title.") : QString());
    // Not shouted at before anything was typed; OK says it by staying disabled.
    m_titleProblem->setVisible(noTitle && m_title->isModified());

    m_storeProblem->clear();
    m_storeProblem->setVisible(false);
    okButton()->setEnabled(!noTitle && !endBeforeStart);
}
