#include "AddPositionDialog.h"

#include "domain/FieldLimits.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int ActorIdRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;

QLineEdit *scaleEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(QStringLiteral("50"), parent);
    edit->setObjectName(name);
    edit->setAlignment(Qt::AlignRight);
    // Room for "100" and a little more; the limit is said, not enforced by cutting.
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    edit->setMaxLength(int(FieldLimits::Code));
    return edit;
}

} // namespace

AddPositionDialog::AddPositionDialog(const QString &issueCode, const QString &scaleLow,
                                     const QString &scaleHigh, const QList<Actor> &actors,
                                     QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_actors(new QListWidget(this)),
      m_position(scaleEdit(QStringLiteral("positionValueEdit"), this)),
      m_salience(scaleEdit(QStringLiteral("salienceValueEdit"), this)),
      m_clout(scaleEdit(QStringLiteral("cloutValueEdit"), this)),
      m_stance(new QPlainTextEdit(this)), m_source(new QLineEdit(this)),
      m_illustrative(new QCheckBox(tr("&Illustrative: an estimate, not from a source"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addPositionDialog"));
    setWindowTitle(tr("Add Position on %1").arg(issueCode));
    m_search->setObjectName(QStringLiteral("actorSearchEdit"));
    m_search->setPlaceholderText(tr("Search actors by name, bloc or role"));
    m_search->setClearButtonEnabled(true);
    m_actors->setObjectName(QStringLiteral("positionActorList"));
    m_actors->setAccessibleName(tr("Actors without a position"));
    m_actors->setMinimumHeight(m_actors->fontMetrics().lineSpacing() * 6);
    for (const Actor &actor : actors) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(actor.name, actor.bloc), m_actors);
        item->setData(ActorIdRole, actor.id);
        item->setData(SearchTextRole,
                      QStringList{actor.name, actor.bloc, actor.role}.join(QLatin1Char('\n')));
        item->setToolTip(actor.role);
    }
    connect(m_search, &QLineEdit::textChanged, this, &AddPositionDialog::filter);

    const QString low = scaleLow.isEmpty() ? tr("(unlabelled)") : scaleLow;
    const QString high = scaleHigh.isEmpty() ? tr("(unlabelled)") : scaleHigh;
    auto *scale = new QLabel(tr("0 = %1, 100 = %2").arg(low, high), this);
    scale->setTextFormat(Qt::PlainText);
    scale->setWordWrap(true);
    scale->setForegroundRole(QPalette::PlaceholderText);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_position);
    numbers->addWidget(scale, 1);
    auto *weights = new QHBoxLayout;
    weights->addWidget(m_salience);
    weights->addSpacing(12);
    auto *cloutLabel = new QLabel(tr("&Clout:"), this);
    cloutLabel->setBuddy(m_clout);
    weights->addWidget(cloutLabel);
    weights->addWidget(m_clout);
    weights->addStretch(1);
    m_salience->setToolTip(tr("How much the issue matters to the actor, 0 to 100"));
    m_clout->setToolTip(tr("How much the actor can move the outcome, 0 to 100"));
    m_stance->setObjectName(QStringLiteral("positionStanceEdit"));
    m_stance->setTabChangesFocus(true);
    m_stance->setPlaceholderText(tr("What the actor says or wants, in a sentence or two"));
    m_stance->setMinimumHeight(m_stance->fontMetrics().lineSpacing() * 3);
    m_source->setObjectName(QStringLiteral("positionSourceEdit"));
    m_source->setMaxLength(int(FieldLimits::LongText));
    m_illustrative->setObjectName(QStringLiteral("positionIllustrativeBox"));
    m_error->setObjectName(QStringLiteral("positionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Find:"), m_search);
    form->addRow(tr("&Actor:"), m_actors);
    // Rows holding a layout get a label with a buddy, so the shortcut works (and
    // the & is not shown).
    auto *positionLabel = new QLabel(tr("&Position:"), this);
    positionLabel->setBuddy(m_position);
    auto *salienceLabel = new QLabel(tr("Sa&lience:"), this);
    salienceLabel->setBuddy(m_salience);
    form->addRow(positionLabel, numbers);
    form->addRow(salienceLabel, weights);
    form->addRow(tr("S&tance:"), m_stance);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(QString(), m_illustrative);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("A&dd Position"));
    ok->setEnabled(false);
    connect(m_actors, &QListWidget::currentItemChanged, this,
            [ok](QListWidgetItem *current) { ok->setEnabled(current && !current->isHidden()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPositionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPositionDialog::reject);
    for (QLineEdit *edit : {m_position, m_salience, m_clout})
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(440, fontMetrics().averageCharWidth() * 64));
    m_search->setFocus();
}

void AddPositionDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_actors->count(); ++row) {
        QListWidgetItem *item = m_actors->item(row);
        const bool shown =
            wanted.isEmpty() ||
            item->data(SearchTextRole).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    // The current actor is always one the list shows, so OK adds what is seen.
    QListWidgetItem *current = m_actors->currentItem();
    if (!current || current->isHidden())
        m_actors->setCurrentItem(firstShown);
}

QStringList AddPositionDialog::shownActors() const
{
    QStringList names;
    for (int row = 0; row < m_actors->count(); ++row) {
        if (!m_actors->item(row)->isHidden())
            names.append(m_actors->item(row)->text());
    }
    return names;
}

qint64 AddPositionDialog::actorId() const
{
    const QListWidgetItem *current = m_actors->currentItem();
    return current && !current->isHidden() ? current->data(ActorIdRole).toLongLong() : 0;
}

void AddPositionDialog::setActorId(qint64 actorId)
{
    for (int row = 0; row < m_actors->count(); ++row) {
        if (m_actors->item(row)->data(ActorIdRole).toLongLong() == actorId)
            m_actors->setCurrentRow(row);
    }
}

Position AddPositionDialog::position(qint64 issueId) const
{
    Position position;
    position.issueId = issueId;
    position.actorId = actorId();
    position.position = m_position->text().trimmed().toInt();
    position.salience = m_salience->text().trimmed().toInt();
    position.clout = m_clout->text().trimmed().toInt();
    position.stance = m_stance->toPlainText().trimmed();
    position.source = m_source->text().trimmed();
    position.illustrative = m_illustrative->isChecked();
    return position;
}

void AddPositionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString AddPositionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AddPositionDialog::accept()
{
    if (actorId() == 0) {
        showError(tr("Choose the actor whose position this is."));
        return;
    }
    const QList<QPair<QLineEdit *, QString>> numbers = {
        {m_position, tr("A position")}, {m_salience, tr("Salience")}, {m_clout, tr("Clout")}};
    for (const auto &[edit, what] : numbers) {
        // Only a whole number as typed: 15.7 is not 16, "150" is not 100.
        bool ok = false;
        const int value = edit->text().trimmed().toInt(&ok);
        if (!ok || value < 0 || value > 100) {
            showError(tr("%1 is a whole number from 0 to 100, not “%2”.")
                          .arg(what, edit->text().trimmed()));
            edit->setFocus();
            edit->selectAll();
            return;
        }
    }
    if (m_stance->toPlainText().trimmed().size() > FieldLimits::LongText) {
        showError(tr("The stance is %1 characters; the limit is %2.")
                      .arg(m_stance->toPlainText().trimmed().size())
                      .arg(FieldLimits::LongText));
        return;
    }
    showError(QString());
    QDialog::accept();
}
