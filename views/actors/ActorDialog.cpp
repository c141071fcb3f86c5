#include "ActorDialog.h"

#include "ActorItemDelegate.h"
#include "domain/FieldLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActorDialog::ActorDialog(const QStringList &blocs, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_bloc(new QComboBox(this)), m_role(new QLineEdit(this)),
      m_biography(new QPlainTextEdit(this)), m_source(new QLineEdit(this)),
      m_illustrative(new QCheckBox(tr("I&llustrative: an estimate, not from a source"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("actorDialog"));
    setWindowTitle(tr("Add Actor"));
    m_name->setObjectName(QStringLiteral("actorNameEdit"));
    m_name->setMaxLength(int(FieldLimits::Title));
    m_name->setPlaceholderText(tr("As it is printed in the pack, e.g. Kaja Kallas"));
    m_kind->setObjectName(QStringLiteral("actorKindBox"));
    for (const QString &kind : Actor::kinds())
        m_kind->addItem(ActorItemDelegate::kindLabel(kind), kind);
    m_bloc->setObjectName(QStringLiteral("actorBlocBox"));
    m_bloc->setEditable(true);
    m_bloc->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bloc->setMinimumContentsLength(18);
    m_bloc->setInsertPolicy(QComboBox::NoInsert);
    m_bloc->addItems(blocs);
    m_bloc->lineEdit()->setMaxLength(int(FieldLimits::Bloc));
    m_bloc->setToolTip(tr("Choose a bloc or type the name of a new one"));
    m_role->setObjectName(QStringLiteral("actorRoleEdit"));
    m_role->setMaxLength(int(FieldLimits::ShortText));
    m_role->setPlaceholderText(tr("e.g. High Representative for Foreign Affairs"));
    m_biography->setObjectName(QStringLiteral("actorBiographyEdit"));
    m_biography->setTabChangesFocus(true);
    m_biography->setMinimumHeight(m_biography->fontMetrics().lineSpacing() * 5);
    m_source->setObjectName(QStringLiteral("actorSourceEdit"));
    m_source->setMaxLength(int(FieldLimits::LongText));
    m_source->setPlaceholderText(tr("Where this comes from"));
    m_illustrative->setObjectName(QStringLiteral("actorIllustrativeBox"));
    m_error->setObjectName(QStringLiteral("actorError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Bloc:"), m_bloc);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("B&iography:"), m_biography);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(QString(), m_illustrative);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActorDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_bloc->lineEdit(), &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(420, fontMetrics().averageCharWidth() * 60));
}

void ActorDialog::setActor(const Actor &actor)
{
    m_actor = actor;
    setWindowTitle(actor.id != 0 ? tr("Edit Actor %1").arg(actor.name) : tr("Add Actor"));
    m_name->setText(actor.name);
    const int kind = m_kind->findData(actor.kind);
    m_kind->setCurrentIndex(kind >= 0 ? kind : 0);
    if (!actor.bloc.isEmpty() && m_bloc->findText(actor.bloc) < 0)
        m_bloc->addItem(actor.bloc);
    if (!actor.bloc.isEmpty())
        m_bloc->setCurrentText(actor.bloc);
    m_role->setText(actor.role);
    m_biography->setPlainText(actor.biography);
    m_source->setText(actor.source);
    m_illustrative->setChecked(actor.illustrative);
    // Long text reads from its start, not from where typing would go on.
    for (QLineEdit *edit : {m_name, m_role, m_source})
        edit->setCursorPosition(0);
}

Actor ActorDialog::actor() const
{
    Actor actor = m_actor;
    actor.name = m_name->text().trimmed();
    actor.kind = m_kind->currentData().toString();
    actor.bloc = m_bloc->currentText().trimmed();
    actor.role = m_role->text().trimmed();
    actor.biography = m_biography->toPlainText();
    actor.source = m_source->text().trimmed();
    actor.illustrative = m_illustrative->isChecked();
    return actor;
}

void ActorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ActorDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QStringList ActorDialog::blocChoices(const QString &ourBloc, const QString &counterpartBloc,
                                     const QList<Actor> &actors)
{
    QStringList used;
    for (const Actor &actor : actors)
        used.append(actor.bloc);
    return Actor::blocs(ourBloc, counterpartBloc, used);
}

void ActorDialog::accept()
{
    const Actor typed = actor();
    QString problem;
    if (typed.name.isEmpty())
        problem = tr("An actor needs a name.");
    else if (typed.bloc.isEmpty())
        problem = tr("Choose a bloc or type the name of a new one.");
    else if (typed.biography.size() > FieldLimits::LongText)
        problem = tr("The biography is %1 characters; the limit is %2.")
                      .arg(typed.biography.size())
                      .arg(FieldLimits::LongText);
    else if (m_check)
        problem = m_check(typed);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    QDialog::accept();
}
