#include "ChartPanel.h"

#include "ChartFactory.h"
#include "charts/PositionMapData.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QXYSeries>

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_caption(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 220);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu, not the view's
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setContentsMargins(8, 0, 8, 4);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_caption->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    replaceChart(new QChart);
}

void ChartPanel::setBarChart(const BarChartSpec &spec)
{
    replaceChart(ChartFactory::barChart(spec));
    // Forward clicks with the set's index, so callers need not know QBarSet.
    for (QAbstractSeries *series : chart()->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (int setIndex = 0; setIndex < sets.size(); ++setIndex) {
            connect(sets.at(setIndex), &QBarSet::clicked, this,
                    [this, setIndex](int index) { emit barClicked(setIndex, index); });
        }
    }
}

void ChartPanel::setLineChart(const LineChartSpec &spec)
{
    replaceChart(ChartFactory::lineChart(spec));
}

void ChartPanel::setPositionMap(const PositionMapData &data)
{
    replaceChart(ChartFactory::positionMap(data));
}

void ChartPanel::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

namespace {

// The chart's title as the user reads it (QChart holds it as rich text).
QString plainTitle(const QChart *chart)
{
    return QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
}

} // namespace

QString ChartPanel::caption() const
{
    return m_caption->text();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::describe(const QChart *chart)
{
    // What the chart shows, in words, for those who cannot see the bars and lines.
    QStringList parts;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            QStringList categories;
            for (QAbstractAxis *axis : bars->attachedAxes())
                if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis))
                    categories = categoryAxis->categories();
            for (const QBarSet *set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i) {
                    const QString value = QLocale().toString(set->at(i));
                    values << (i < categories.size() ? tr("%1 %2").arg(categories.at(i), value)
                                                     : value);
                }
                parts << tr("%1: %2").arg(set->label(), values.join(QStringLiteral(", ")));
            }
        } else if (auto *points = qobject_cast<QXYSeries *>(series)) {
            if (!points->name().isEmpty())
                parts << tr("%1: %n point(s)", nullptr, int(points->count())).arg(points->name());
        }
    }
    return parts.join(QStringLiteral("; "));
}

void ChartPanel::replaceChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    const QString title = plainTitle(chart);
    m_view->setAccessibleName(title.isEmpty() ? tr("Chart") : title);
    m_view->setAccessibleDescription(describe(chart));
    // QChartView::setChart leaves the old chart to us. Later, not now: a click on
    // one of its bars may be what replaced it.
    if (old && old != chart)
        old->deleteLater();
}

QImage ChartPanel::renderImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool ChartPanel::saveImage(const QString &path)
{
    m_errorString.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = file.errorString();
        return false;
    }
    const bool svg =
        QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    if (svg) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(m_view->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        // QSvgGenerator writes the title into the XML as it is given.
        generator.setTitle(plainTitle(chart()).toHtmlEscaped());
        {
            QPainter painter(&generator);
            m_view->render(&painter);
        }
        file.write(buffer.data());
    } else {
        // Twice the screen size, so the picture stays sharp in a document.
        const QImage image = renderImage(m_view->size() * 2);
        if (!image.save(&file, "PNG")) {
            m_errorString = tr("The image could not be written.");
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("&Save Image…"));
    connect(save, &QAction::triggered, this, &ChartPanel::saveImageInteractive);
    menu.exec(event->globalPos());
}

void ChartPanel::saveImageInteractive()
{
    QString selected;
    QString name = plainTitle(chart());
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Image"),
        name.isEmpty() ? QStringLiteral("chart.png") : name + QStringLiteral(".png"),
        tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                                                          : QStringLiteral(".png");
    if (!saveImage(target))
        QMessageBox::warning(this, tr("Cannot save the image"), m_errorString);
}
