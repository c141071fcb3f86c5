#pragma once

#include "domain/SummitInfo.h"

#include <QColor>
#include <QDate>
#include <QWidget>

class QLabel;

// The band above the tabs: which summit this file prepares, where, when, how far
// away it is, and the classification every printed page will carry.
class SummitHeader : public QWidget
{
    Q_OBJECT
public:
    explicit SummitHeader(QWidget *parent = nullptr);

    void setSummit(const SummitInfo &info, const QDate &today = QDate::currentDate());
    void clear();

    QString nameText() const;
    QString detailsText() const;
    QString countdownText() const;
    QString classificationText() const;

    // "24–25 July 2025", "30 June – 2 July 2025", "30 December 2025 – 2 January 2026".
    static QString dateRangeText(const QDate &start, const QDate &end);
    // "in 12 days", "tomorrow", "starts today", "in progress", "ended 3 days ago".
    static QString countdownText(const SummitInfo &info, const QDate &today);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMarkingColour();

    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_countdown;
    QLabel *m_classification;
    QColor m_markingColour;
};
