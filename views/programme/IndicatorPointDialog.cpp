#include "IndicatorPointDialog.h"

#include "domain/FieldLimits.h"
#include "items/IndicatorTableModel.h"
#include "store/IndicatorRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *noteLabel(QWidget *parent, bool problem)
{
    auto *label = new QLabel(parent);
    // One line: a wrapped label in a form layout is clipped (the dialog's
    // minimum size ignores height-for-width); the dialog widens instead.
    label->setVisible(false);
    label->setTextFormat(Qt::PlainText); // messages quote what the user typed
    if (problem) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        label->setPalette(palette);
    }
    return label;
}

// How a number is written here, as an example.
QString exampleNumber()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(1234.5, 'f', 1);
}

} // namespace

IndicatorPointDialog::IndicatorPointDialog(const QHash<QString, QString> &unitOfSeries,
                                           const QDate &defaultDate, QWidget *parent)
    : QDialog(parent), m_unitOfSeries(unitOfSeries), m_series(new QComboBox(this)),
      m_seriesProblem(noteLabel(this, true)), m_unit(new QLineEdit(this)),
      m_unitNote(noteLabel(this, false)), m_date(new QDateEdit(this)), m_value(new QLineEdit(this)),
      m_valueProblem(noteLabel(this, true)), m_source(new QLineEdit(this)),
      m_illustrative(new QCheckBox(tr("&Illustrative (not from a source)"), this)),
      m_storeProblem(noteLabel(this, true)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Indicator Point"));
    setObjectName(QStringLiteral("indicatorPointDialog"));
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = unitOfSeries.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    m_series->addItems(names);
    m_series->setCurrentIndex(-1);
    m_series->lineEdit()->setMaxLength(int(FieldLimits::Title));
    m_series->lineEdit()->setPlaceholderText(tr("Pick a series or type a new name"));
    m_unit->setMaxLength(int(FieldLimits::ShortText));
    m_unit->setPlaceholderText(tr("e.g. USD/kg"));
    m_source->setMaxLength(int(FieldLimits::LongText));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(defaultDate.isValid() ? defaultDate : QDate::currentDate());
    m_value->setPlaceholderText(exampleNumber());
    m_seriesProblem->setObjectName(QStringLiteral("seriesProblem"));
    m_valueProblem->setObjectName(QStringLiteral("valueProblem"));
    m_storeProblem->setWordWrap(true);
    m_unitNote->setObjectName(QStringLiteral("unitNote"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Series:"), m_series);
    form->addRow(QString(), m_seriesProblem);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(QString(), m_unitNote);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_valueProblem);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(QString(), m_illustrative);

    auto *layout = new QVBoxLayout(this);
    // The dialog grows when a message appears under a field, never clips it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_storeProblem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IndicatorPointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IndicatorPointDialog::reject);
    connect(m_series, &QComboBox::currentTextChanged, this, &IndicatorPointDialog::seriesChosen);
    connect(m_value, &QLineEdit::textChanged, this, &IndicatorPointDialog::updateState);
    // Room for a long title or source; the layout sets the dialog's minimum size.
    m_series->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    seriesChosen();
}

void IndicatorPointDialog::setPoint(const Indicator &point)
{
    setWindowTitle(point.id ? tr("Edit Indicator Point") : tr("New Indicator Point"));
    m_id = point.id;
    m_series->setCurrentText(point.name);
    m_unit->setText(point.unit);
    if (point.observedOn.isValid())
        m_date->setDate(point.observedOn);
    QLocale editing;
    editing.setNumberOptions(QLocale::OmitGroupSeparator);
    m_value->setText(editing.toString(point.value, 'g', 15));
    m_source->setText(point.source);
    m_source->setCursorPosition(0); // the start of a long source, not its end
    m_illustrative->setChecked(point.illustrative);
    updateState();
}

Indicator IndicatorPointDialog::point() const
{
    Indicator i;
    i.id = m_id;
    i.name = m_series->currentText().trimmed();
    i.unit = m_unit->text().trimmed();
    i.observedOn = m_date->date();
    i.value = IndicatorTableModel::parseValue(m_value->text()).value_or(0);
    i.source = m_source->text();
    i.illustrative = m_illustrative->isChecked();
    return i;
}

QPushButton *IndicatorPointDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString IndicatorPointDialog::problemText() const
{
    QStringList problems;
    for (const QLabel *label : {m_seriesProblem, m_valueProblem, m_storeProblem}) {
        if (!label->text().isEmpty())
            problems.append(label->text());
    }
    return problems.join(QLatin1Char('\n'));
}

void IndicatorPointDialog::accept()
{
    if (!IndicatorTableModel::parseValue(m_value->text()))
        return;
    try {
        IndicatorRepository::validate(point());
    } catch (const StoreError &error) {
        m_storeProblem->setText(error.message());
        m_storeProblem->setVisible(true);
        return;
    }
    QDialog::accept();
}

void IndicatorPointDialog::seriesChosen()
{
    const QString name = m_series->currentText().trimmed();
    const auto known = m_unitOfSeries.constFind(name);
    if (known != m_unitOfSeries.constEnd()) {
        // One unit per series: the existing series' unit, not a second one.
        m_unit->setText(*known);
        m_unit->setReadOnly(true);
        m_unit->setEnabled(false); // greyed: it is the series', not this point's
        m_unitNote->setText(tr("The series' unit: each series has one."));
    } else {
        m_unit->setReadOnly(false);
        m_unit->setEnabled(true);
        m_unitNote->setText(name.isEmpty() ? QString() : tr("A new series."));
    }
    m_unitNote->setVisible(!m_unitNote->text().isEmpty());
    updateState();
}

void IndicatorPointDialog::updateState()
{
    const bool noName = m_series->currentText().trimmed().isEmpty();
    m_seriesProblem->setText(noName ? tr("A point needs a series name.") : QString());
    m_seriesProblem->setVisible(noName && m_series->lineEdit()->isModified());

    const QString typed = m_value->text().trimmed();
    const bool number = IndicatorTableModel::parseValue(typed).has_value();
    m_valueProblem->setText(
        number ? QString()
        : typed.isEmpty()
            ? tr("A point needs a value.")
            : tr("“%1” is not a number; write it as %2.").arg(typed, exampleNumber()));
    m_valueProblem->setVisible(!number && !typed.isEmpty());

    m_storeProblem->clear();
    m_storeProblem->setVisible(false);
    okButton()->setEnabled(!noName && number);
}
