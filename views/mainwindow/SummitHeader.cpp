#include "SummitHeader.h"

#include "delegates/ReadableItemDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SummitHeader::SummitHeader(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_details(new QLabel(this)),
      m_countdown(new QLabel(this)), m_classification(new QLabel(this))
{
    setObjectName(QStringLiteral("summitHeader"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    setPalette(palette);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("summitName"));
    m_details->setObjectName(QStringLiteral("summitDetails"));
    m_countdown->setObjectName(QStringLiteral("summitCountdown"));
    m_classification->setObjectName(QStringLiteral("summitClassification"));
    m_name->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_countdown->setTextFormat(Qt::PlainText);
    m_classification->setTextFormat(Qt::PlainText);

    QFont countdownFont = m_countdown->font();
    countdownFont.setPointSizeF(countdownFont.pointSizeF() * 1.2);
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QFont markFont = m_classification->font();
    markFont.setBold(true);
    markFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_classification->setFont(markFont);
    m_classification->setAlignment(Qt::AlignCenter);
    updateMarkingColour();

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(18);
    layout->addLayout(titles, 1);
    layout->addWidget(m_countdown);
    layout->addWidget(m_classification);
    clear();
}

void SummitHeader::setSummit(const SummitInfo &info, const QDate &today)
{
    m_name->setText(info.name.isEmpty() ? tr("Untitled summit") : info.name);
    QStringList details;
    if (!info.place.isEmpty())
        details.append(info.place);
    const QString dates = dateRangeText(info.start, info.end);
    if (!dates.isEmpty())
        details.append(dates);
    m_details->setText(details.isEmpty() ? tr("No place or dates set")
                                         : details.join(QStringLiteral("  ·  ")));
    m_countdown->setText(countdownText(info, today));
    m_countdown->setVisible(!m_countdown->text().isEmpty());
    m_classification->setText(info.classification);
    m_classification->setVisible(!info.classification.isEmpty());
}

void SummitHeader::clear()
{
    m_name->setText(tr("No database open"));
    m_details->setText(tr("Open a database or the demo from the File menu."));
    m_countdown->clear();
    m_countdown->hide();
    m_classification->clear();
    m_classification->hide();
}

QString SummitHeader::nameText() const
{
    return m_name->text();
}

QString SummitHeader::detailsText() const
{
    return m_details->text();
}

QString SummitHeader::countdownText() const
{
    return m_countdown->text();
}

QString SummitHeader::classificationText() const
{
    return m_classification->text();
}

QString SummitHeader::dateRangeText(const QDate &start, const QDate &end)
{
    const QLocale locale;
    if (!start.isValid())
        return {};
    const QString full = QStringLiteral("d MMMM yyyy");
    if (!end.isValid() || end <= start)
        return locale.toString(start, full);
    const QChar dash(0x2013);
    if (start.year() != end.year())
        return locale.toString(start, full) + QLatin1Char(' ') + dash + QLatin1Char(' ') +
               locale.toString(end, full);
    if (start.month() != end.month())
        return locale.toString(start, QStringLiteral("d MMMM")) + QLatin1Char(' ') + dash +
               QLatin1Char(' ') + locale.toString(end, full);
    return QString::number(start.day()) + dash + locale.toString(end, full);
}

QString SummitHeader::countdownText(const SummitInfo &info, const QDate &today)
{
    if (!info.start.isValid())
        return {};
    const QDate end = info.end.isValid() && info.end > info.start ? info.end : info.start;
    const qint64 days = info.daysRemaining(today);
    if (days > 1)
        return tr("in %1 days").arg(days);
    if (days == 1)
        return tr("tomorrow");
    if (days == 0)
        return tr("starts today");
    if (today <= end)
        return tr("in progress");
    const qint64 ago = end.daysTo(today);
    if (ago == 1)
        return tr("ended yesterday");
    return tr("ended %1 days ago").arg(ago);
}

void SummitHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateMarkingColour();
}

void SummitHeader::updateMarkingColour()
{
    // A marking, as on paper: dark red capitals in a frame; a lighter red on a
    // dark window, so it still reads (a little above 4.5:1, for the letters' edges).
    const QColor colour =
        readableOn(QColor(0x9b, 0x1c, 0x1c), palette().color(backgroundRole()), 5.0);
    if (colour == m_markingColour)
        return;
    m_markingColour = colour;
    m_classification->setStyleSheet(
        QStringLiteral("QLabel { color: %1; border: 2px solid %1; border-radius: 3px;"
                       " padding: 3px 10px; }")
            .arg(colour.name()));
}
