#include "ImportDialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const QString &path, Preview preview, QWidget *parent)
    : QDialog(parent), m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));

    const FileImport::Kind fileKind = FileImport::kindOf(path);
    const QString kind =
        fileKind == FileImport::Kind::Scenario
            ? tr("a scenario (JSON): issues, actors, positions, programme and indicators")
        : fileKind == FileImport::Kind::Ktab
            ? tr("a KTAB scenario (CSV): each dimension a new issue, actors matched by name")
            : tr("an issue table (CSV)");
    auto *file =
        new QLabel(tr("Import %1 from\n%2").arg(kind, QDir::toNativeSeparators(path)), this);
    file->setObjectName(QStringLiteral("importFile"));
    file->setTextFormat(Qt::PlainText);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choice = new QGroupBox(tr("Records the database already holds"), this);
    m_ask = new QRadioButton(tr("&Refuse the import and list them"), choice);
    m_skip = new QRadioButton(tr("&Keep the database's version"), choice);
    m_replace = new QRadioButton(tr("Re&place them with the file's version"), choice);
    m_group = new QButtonGroup(this);
    m_group->addButton(m_ask, int(ImportPolicy::Ask));
    m_group->addButton(m_skip, int(ImportPolicy::Skip));
    m_group->addButton(m_replace, int(ImportPolicy::Replace));
    m_ask->setChecked(true);
    auto *choiceLayout = new QVBoxLayout(choice);
    for (QRadioButton *button : {m_ask, m_skip, m_replace})
        choiceLayout->addWidget(button);

    auto *changes = new QGroupBox(tr("What will change"), this);
    m_summary = new QLabel(changes);
    m_summary->setObjectName(QStringLiteral("importPreview"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("This cannot be undone. A copy of the database is kept beside "
                               "it before anything is written."),
                            changes);
    note->setObjectName(QStringLiteral("importNote"));
    note->setWordWrap(true);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_summary);
    changesLayout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    importButton()->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(choice);
    layout->addWidget(changes, 1);
    layout->addWidget(m_buttons);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePreview();
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updatePreview();
}

ImportPolicy ImportDialog::policy() const
{
    return ImportPolicy(m_group->checkedId());
}

void ImportDialog::setPolicy(ImportPolicy policy)
{
    if (QAbstractButton *button = m_group->button(int(policy)))
        button->setChecked(true);
}

QPushButton *ImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ImportDialog::previewText() const
{
    return m_summary->text();
}

void ImportDialog::updatePreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result = m_preview(policy());
    QApplication::restoreOverrideCursor();
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, m_result.ok
                                               ? QApplication::palette().color(QPalette::WindowText)
                                               : QColor(0xb0, 0x1c, 0x1c));
    m_summary->setPalette(palette);
    if (!m_result.ok)
        m_summary->setText(tr("Nothing can be imported: %1").arg(m_result.error));
    else if (m_result.changes == 0)
        m_summary->setText(tr("Nothing changes: %1").arg(m_result.summary));
    else
        m_summary->setText(m_result.summary);
    importButton()->setEnabled(m_result.ok && m_result.changes > 0);
}
