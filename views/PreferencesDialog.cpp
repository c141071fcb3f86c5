#include "PreferencesDialog.h"

#include "AppLanguage.h"
#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_restartNote(new QLabel(this)),
      m_startLanguage(AppSettings().language())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), AppLanguage::systemDefault);
    // Each language by its own name, so that a user who cannot read the current one
    // still finds theirs.
    m_language->addItem(QStringLiteral("English"), AppLanguage::english);
    m_language->addItem(QStringLiteral("Français"), AppLanguage::french);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startLanguage)));
    m_language->setAccessibleName(tr("Language"));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setWordWrap(true);
    // Room for the note on two lines in French, not five.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_restartNote->setText(tr("A new language takes effect the next time Summit Brief starts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    m_languageChanged = language() != m_startLanguage;
    AppSettings().setLanguage(language());
    QDialog::accept();
}
