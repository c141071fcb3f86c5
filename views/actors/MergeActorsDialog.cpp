#include "MergeActorsDialog.h"

#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

MergeActorsDialog::MergeActorsDialog(Store &store, const Actor &from, const QList<Actor> &actors,
                                     QWidget *parent)
    : QDialog(parent), m_store(&store), m_from(from), m_into(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mergeActorsDialog"));
    setWindowTitle(tr("Merge %1 Into Another Actor").arg(from.name));
    try {
        for (const Position &position : store.positions().forActor(from.id))
            m_fromIssues.append(position.issueId);
    } catch (const StoreError &error) {
        store.reportError(error);
    }
    m_into->setObjectName(QStringLiteral("mergeIntoBox"));
    for (const Actor &actor : actors) {
        if (actor.id == from.id)
            continue;
        m_into->addItem(tr("%1 (%2)").arg(actor.name, actor.bloc), actor.id);
        m_into->setItemData(m_into->count() - 1, actor.name, NameRole);
    }
    m_into->setCurrentIndex(-1);
    m_into->setPlaceholderText(tr("Choose the actor that stays"));
    m_into->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_into->setMinimumContentsLength(30);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    // Room for the usual three sentences, so choosing an actor does not move the buttons.
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 5);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *intro = new QLabel(
        tr("%1 is merged into the actor you choose, which keeps its own name and details.")
            .arg(from.name),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Merge &into:"), m_into);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_into, &QComboBox::currentIndexChanged, this, [this, merge] {
        merge->setEnabled(intoId() != 0);
        showSummary();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(440, fontMetrics().averageCharWidth() * 64));
    showSummary();
}

qint64 MergeActorsDialog::intoId() const
{
    return m_into->currentIndex() >= 0 ? m_into->currentData().toLongLong() : 0;
}

void MergeActorsDialog::setIntoId(qint64 id)
{
    m_into->setCurrentIndex(m_into->findData(id));
}

QString MergeActorsDialog::summaryText() const
{
    return m_summary->text();
}

void MergeActorsDialog::showSummary()
{
    const qint64 into = intoId();
    if (into == 0 || !m_store) {
        m_summary->setText(
            tr("%1 holds a position on %n issue(s).", nullptr, int(m_fromIssues.size()))
                .arg(m_from.name));
        return;
    }
    QSet<qint64> intoIssues;
    try {
        for (const Position &position : m_store->positions().forActor(into))
            intoIssues.insert(position.issueId);
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    int dropped = 0;
    for (const qint64 issue : std::as_const(m_fromIssues))
        dropped += intoIssues.contains(issue) ? 1 : 0;
    const int moved = int(m_fromIssues.size()) - dropped;
    const QString intoName = m_into->currentData(NameRole).toString();
    QStringList lines;
    lines.append(tr("%n position(s) move to %1.", nullptr, moved).arg(intoName));
    if (dropped > 0)
        lines.append(tr("%n position(s) on issues where %1 already has a position are dropped "
                        "(%1's are kept).",
                        nullptr, dropped)
                         .arg(intoName));
    lines.append(
        tr("%1 is then removed. Undo brings it back with its positions.").arg(m_from.name));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    // A longer summary (long names wrap) grows the dialog instead of being cut.
    if (layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}
