#include "PackExportDialog.h"

#include "AppSettings.h"
#include "briefing/PackLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Format keys as AppSettings stores them; PDF/A is a PDF with other metadata.
const QString PdfKey = QStringLiteral("pdf");
const QString PdfAKey = QStringLiteral("pdfa");
const QString OdtKey = QStringLiteral("odt");
const QString HtmlKey = QStringLiteral("html");

// A folder that exists for a first export: Documents, else home.
QString fallbackFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString scopeKey(PackExportDialog::Scope scope)
{
    switch (scope) {
    case PackExportDialog::Scope::Filtered:
        return QStringLiteral("filtered");
    case PackExportDialog::Scope::Selected:
        return QStringLiteral("selected");
    case PackExportDialog::Scope::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

PackExportDialog::PackExportDialog(Purpose purpose, const QString &databaseClassification,
                                   int filteredCount, int selectedCount, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("packExportDialog"));
    setWindowTitle(purpose == Purpose::Export ? tr("Export Briefing Pack")
                                              : tr("Print Briefing Pack"));

    auto *issues = new QGroupBox(tr("Issues"), this);
    m_allButton = new QRadioButton(tr("&All issues"), issues);
    m_filteredButton =
        new QRadioButton(tr("&Filtered: as the table shows them (%1)").arg(filteredCount), issues);
    m_filteredButton->setEnabled(filteredCount > 0);
    m_selectedButton =
        new QRadioButton(tr("&Selected in the table (%1)").arg(selectedCount), issues);
    m_selectedButton->setEnabled(selectedCount > 0);
    auto *issuesLayout = new QVBoxLayout(issues);
    issuesLayout->addWidget(m_allButton);
    issuesLayout->addWidget(m_filteredButton);
    issuesLayout->addWidget(m_selectedButton);

    auto *sections = new QGroupBox(tr("Sections"), this);
    m_programmeBox = new QCheckBox(tr("&Programme"), sections);
    m_steeringBox = new QCheckBox(tr("S&teering note"), sections);
    m_briefsBox = new QCheckBox(tr("&Briefs"), sections);
    m_annexesBox = new QCheckBox(tr("A&nnexes"), sections);
    auto *always = new QLabel(tr("The cover and the contents are always included."), sections);
    always->setWordWrap(true);
    always->setEnabled(false);
    auto *sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->addWidget(m_programmeBox);
    sectionsLayout->addWidget(m_steeringBox);
    sectionsLayout->addWidget(m_briefsBox);
    sectionsLayout->addWidget(m_annexesBox);
    sectionsLayout->addWidget(always);

    auto *marking = new QGroupBox(tr("Marking"), this);
    m_classificationCombo = new QComboBox(marking);
    m_classificationCombo->setEditable(true);
    m_classificationCombo->setInsertPolicy(QComboBox::NoInsert);
    // Printed as given; an empty marking means none.
    m_classificationCombo->addItems({QString(), QStringLiteral("EU RESTRICTED"),
                                     QStringLiteral("RESTREINT UE / EU RESTRICTED"),
                                     QStringLiteral("EU CONFIDENTIAL")});
    m_registrationEdit = new QLineEdit(marking);
    m_copySpin = new QSpinBox(marking);
    m_copySpin->setRange(1, 9999);
    m_preparedByEdit = new QLineEdit(marking);
    m_preparedByEdit->setPlaceholderText(tr("Your user name"));
    // The pack's headings, labels and dates; user text is printed as typed.
    m_languageCombo = new QComboBox(marking);
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_languageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(PackLanguage::applicationCode())));
    auto *markingLayout = new QFormLayout(marking);
    markingLayout->addRow(tr("&Classification:"), m_classificationCombo);
    markingLayout->addRow(tr("&Registration no.:"), m_registrationEdit);
    markingLayout->addRow(tr("C&opy no.:"), m_copySpin);
    markingLayout->addRow(tr("Prepared b&y:"), m_preparedByEdit);
    markingLayout->addRow(tr("&Language:"), m_languageCombo);

    auto *output = new QGroupBox(tr("Output"), this);
    m_formatCombo = new QComboBox(output);
    m_formatCombo->addItem(tr("PDF"), PdfKey);
    m_formatCombo->addItem(tr("PDF/A-1b (archival)"), PdfAKey);
    m_formatCombo->addItem(tr("ODT (editable)"), OdtKey);
    m_formatCombo->addItem(tr("HTML (single file)"), HtmlKey);
    m_pathEdit = new QLineEdit(output);
    m_pathEdit->setMinimumWidth(m_pathEdit->fontMetrics().averageCharWidth() * 48);
    m_browseButton = new QPushButton(tr("Bro&wse…"), output);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *outputLayout = new QFormLayout(output);
    outputLayout->addRow(tr("For&mat:"), m_formatCombo);
    // A label made here: addRow() with a layout gives its label no buddy, so no mnemonic.
    auto *pathLabel = new QLabel(tr("F&ile:"), output);
    pathLabel->setBuddy(m_pathEdit);
    outputLayout->addRow(pathLabel, pathRow);
    // Printing asks the printer dialog for the rest.
    output->setVisible(purpose == Purpose::Export);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    acceptButton()->setText(purpose == Purpose::Export ? tr("&Export") : tr("Contin&ue…"));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(issues);
    left->addWidget(sections);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(marking);
    right->addWidget(output);
    right->addStretch(1);
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    loadSettings(databaseClassification);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PackExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &PackExportDialog::browse);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this,
            &PackExportDialog::onFormatChanged);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &PackExportDialog::updateButtons);
    connect(m_pathEdit, &QLineEdit::textEdited, this,
            [this] { m_pathConfirmedByFileDialog.clear(); });
    updateButtons();
}

QPushButton *PackExportDialog::acceptButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QCheckBox *PackExportDialog::sectionBox(PackSection section) const
{
    switch (section) {
    case PackSection::Programme:
        return m_programmeBox;
    case PackSection::SteeringNote:
        return m_steeringBox;
    case PackSection::Briefs:
        return m_briefsBox;
    case PackSection::Annexes:
        return m_annexesBox;
    case PackSection::All:
        break;
    }
    return nullptr;
}

PackExportDialog::Scope PackExportDialog::scope() const
{
    if (m_filteredButton->isChecked())
        return Scope::Filtered;
    if (m_selectedButton->isChecked())
        return Scope::Selected;
    return Scope::All;
}

PackOptions PackExportDialog::options() const
{
    PackOptions options;
    const QString classification = m_classificationCombo->currentText().trimmed();
    // The composer reads an empty classification as "the database's"; the user
    // who clears the field means no marking.
    options.classification =
        classification.isEmpty() ? QStringLiteral("UNCLASSIFIED") : classification;
    options.registrationNumber = m_registrationEdit->text().trimmed();
    options.copyNumber = m_copySpin->value();
    options.preparedBy = m_preparedByEdit->text().trimmed();
    options.pdfA = m_formatCombo->currentData().toString() == PdfAKey;
    options.language = m_languageCombo->currentData().toString();
    PackSections sections;
    sections.setFlag(PackSection::Programme, m_programmeBox->isChecked());
    sections.setFlag(PackSection::SteeringNote, m_steeringBox->isChecked());
    sections.setFlag(PackSection::Briefs, m_briefsBox->isChecked());
    sections.setFlag(PackSection::Annexes, m_annexesBox->isChecked());
    options.sections = sections;
    return options;
}

PackFormat PackExportDialog::format() const
{
    const QString key = m_formatCombo->currentData().toString();
    if (key == OdtKey)
        return PackFormat::Odt;
    if (key == HtmlKey)
        return PackFormat::Html;
    return PackFormat::Pdf;
}

QString PackExportDialog::outputPath() const
{
    return m_pathEdit->text().trimmed();
}

QString PackExportDialog::suffixFor(PackFormat format)
{
    switch (format) {
    case PackFormat::Odt:
        return QStringLiteral("odt");
    case PackFormat::Html:
        return QStringLiteral("html");
    case PackFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

void PackExportDialog::accept()
{
    if (m_purpose == Purpose::Export && outputPath().isEmpty())
        return;
    if (!confirmEmptyPack())
        return;
    if (m_purpose == Purpose::Export && !confirmOverwrite())
        return;
    saveSettings();
    QDialog::accept();
}

bool PackExportDialog::confirmOverwrite()
{
    const QString path = QDir::fromNativeSeparators(outputPath());
    const QFileInfo info(path);
    if (!info.exists() || path == m_pathConfirmedByFileDialog)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Replace File"),
                    tr("%1 already exists (%2 bytes, saved %3). Replace it with this pack?")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                             QLocale().toString(info.size()),
                             QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("replacePackQuestion"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(tr("Choose &Another Name"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.exec();
    if (box.clickedButton() != replace) {
        m_pathEdit->setFocus();
        m_pathEdit->selectAll();
        return false;
    }
    return true;
}

bool PackExportDialog::confirmEmptyPack()
{
    if (!m_issueCounter || !options().sections.testFlag(PackSection::Briefs))
        return true;
    if (m_issueCounter(scope(), options()) > 0)
        return true;
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    scope() == Scope::All
                        ? tr("No issue is marked for the briefing pack, so the pack would have "
                             "no briefs. Mark issues \"In briefing pack\" or choose the filtered "
                             "or selected issues.")
                        : tr("The chosen issues give no briefs: the pack would have none."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("emptyPackWarning"));
    QPushButton *back = box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
    QPushButton *anyway =
        box.addButton(m_purpose == Purpose::Export ? tr("&Export Anyway") : tr("&Continue Anyway"),
                      QMessageBox::AcceptRole);
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == anyway;
}

void PackExportDialog::setDatabase(const QString &databasePath, const QString &summitName,
                                   const QDate &date)
{
    m_databasePath = databasePath;
    m_summitName = summitName;
    m_date = date;
    QString folder = databasePath.isEmpty() ? QString() : AppSettings().packFolder(databasePath);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = fallbackFolder();
    m_pathEdit->setText(QDir::toNativeSeparators(
        QDir(folder).filePath(defaultFileName(summitName, date, format()))));
    m_pathConfirmedByFileDialog.clear();
}

QString PackExportDialog::defaultFileName(const QString &summitName, const QDate &date,
                                          PackFormat format)
{
    // Letters and digits of the summit's name, the rest as single dashes.
    QString base;
    for (const QChar c : summitName.trimmed()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("briefing-pack");
    else
        base += QStringLiteral("-briefing-pack");
    return QStringLiteral("%1-%2.%3")
        .arg(base, date.toString(QStringLiteral("yyyy-MM-dd")), suffixFor(format));
}

void PackExportDialog::loadSettings(const QString &databaseClassification)
{
    const AppSettings settings;
    const QString scope = settings.packScope();
    QRadioButton *scopeButton = m_allButton;
    if (scope == scopeKey(Scope::Filtered) && m_filteredButton->isEnabled())
        scopeButton = m_filteredButton;
    else if (scope == scopeKey(Scope::Selected) && m_selectedButton->isEnabled())
        scopeButton = m_selectedButton;
    scopeButton->setChecked(true);

    const PackSections sections = PackSections::fromInt(settings.packSections());
    m_programmeBox->setChecked(sections.testFlag(PackSection::Programme));
    m_steeringBox->setChecked(sections.testFlag(PackSection::SteeringNote));
    m_briefsBox->setChecked(sections.testFlag(PackSection::Briefs));
    m_annexesBox->setChecked(sections.testFlag(PackSection::Annexes));

    // The file's marking is what its pack carries: a marking remembered from another
    // file's export (perhaps lower) is only offered when this file names none.
    const QString fileMarking = databaseClassification.trimmed();
    m_classificationCombo->setCurrentText(
        fileMarking.isEmpty() ? settings.packClassification().value_or(QString()) : fileMarking);
    m_registrationEdit->setText(settings.packRegistrationNumber());
    m_copySpin->setValue(settings.packCopyNumber());
    m_preparedByEdit->setText(settings.packPreparedBy());

    const int format = m_formatCombo->findData(settings.packFormat());
    m_formatCombo->setCurrentIndex(format >= 0 ? format : 0);
    // Never another database's last file: setDatabase() names this one's folder.
    m_pathEdit->setText(QDir::toNativeSeparators(
        QDir(fallbackFolder())
            .filePath(defaultFileName(QString(), QDate::currentDate(), this->format()))));
}

void PackExportDialog::setDefaultPreparedBy(const QString &name)
{
    m_preparedByEdit->setPlaceholderText(name.trimmed().isEmpty() ? tr("Your user name")
                                                                  : name.trimmed());
}

void PackExportDialog::saveSettings() const
{
    AppSettings settings;
    settings.setPackScope(scopeKey(scope()));
    settings.setPackSections(options().sections.toInt());
    settings.setPackClassification(m_classificationCombo->currentText().trimmed());
    settings.setPackRegistrationNumber(m_registrationEdit->text().trimmed());
    settings.setPackCopyNumber(m_copySpin->value());
    settings.setPackPreparedBy(m_preparedByEdit->text().trimmed());
    if (m_purpose == Purpose::Export) {
        settings.setPackFormat(m_formatCombo->currentData().toString());
        if (!m_databasePath.isEmpty())
            settings.setPackFolder(
                m_databasePath, QFileInfo(QDir::fromNativeSeparators(outputPath())).absolutePath());
    }
}

void PackExportDialog::browse()
{
    const QString suffix = suffixFor(format());
    const QString filter = tr("%1 files (*.%2)").arg(m_formatCombo->currentText(), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Briefing Pack"),
                                                QDir::fromNativeSeparators(outputPath()), filter);
    if (path.isEmpty())
        return;
    // The file dialog asked before a file was chosen over; not for a suffix it did not see.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    else
        m_pathConfirmedByFileDialog = QDir::fromNativeSeparators(path);
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

void PackExportDialog::onFormatChanged()
{
    // Follow the format with the file's suffix, unless the user typed another one.
    const QString path = outputPath();
    const QFileInfo info(path);
    static const QStringList known = {QStringLiteral("pdf"), QStringLiteral("odt"),
                                      QStringLiteral("html"), QStringLiteral("htm")};
    if (!path.isEmpty() && known.contains(info.suffix().toLower())) {
        const QString base = path.left(path.size() - info.suffix().size());
        m_pathEdit->setText(base + suffixFor(format()));
    }
    updateButtons();
}

void PackExportDialog::updateButtons()
{
    acceptButton()->setEnabled(m_purpose == Purpose::Print || !outputPath().isEmpty());
}
