#pragma once

#include <QModelIndex>
#include <QVariant>
#include <QWidget>

// What an item editor started from: the cell's value and its row's version when
// the editor opened. A refresh while the user types must not make a stale edit
// look fresh, so setEditorData() keeps the user's text once it differs from this.
namespace EditStart {

inline constexpr char ValueProperty[] = "editStartValue";
inline constexpr char VersionProperty[] = "editStartVersion";
inline constexpr char TextProperty[] = "editStartText";

inline bool isStarted(const QWidget *editor)
{
    return editor->property(VersionProperty).isValid();
}

// `shownText` is the editor's text for the value, to tell later whether the
// user changed it.
inline void remember(QWidget *editor, const QModelIndex &index, int versionRole,
                     const QString &shownText)
{
    editor->setProperty(ValueProperty, index.data(Qt::EditRole));
    editor->setProperty(VersionProperty, index.data(versionRole).toInt());
    editor->setProperty(TextProperty, shownText);
}

inline bool userChanged(const QWidget *editor, const QString &text)
{
    return isStarted(editor) && editor->property(TextProperty).toString() != text;
}

inline QVariant value(const QWidget *editor)
{
    return editor->property(ValueProperty);
}

inline int version(const QWidget *editor)
{
    return editor->property(VersionProperty).toInt();
}

} // namespace EditStart
